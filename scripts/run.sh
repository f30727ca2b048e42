#!/usr/bin/env bash
# Start the action server, the Rasa server (REST + socket.io, conversations in
# var/tracker.db) and the chat page on localhost; or `rasa shell` with an action
# server of its own (scripts/run.sh shell), on spare ports, so it also works
# while `make run` runs. Every process listens on 127.0.0.1 only; Rasa's HTTP
# API is off unless RASA_ENABLE_API=1 with RASA_JWT_SECRET (connectors/exposure.py).
# Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
spare_port() { .venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
if [ "$mode" = "shell" ]; then
  rasa_port=${SHELL_RASA_PORT:-$(spare_port)}
  action_port=${SHELL_ACTION_PORT:-$(spare_port)}
else
  rasa_port=${RASA_PORT:-5005}
  action_port=${ACTION_PORT:-5055}
fi
web_port=${WEB_PORT:-8080}
export WEB_PORT=$web_port  # the page's origin is the only one CORS and socket.io accept
model=models/soziale-stadt.tar.gz
# Local use: a model trained with the offline spaCy pipeline may serve (production refuses it).
export SOZIALE_STADT_ALLOW_OFFLINE_MODEL=${SOZIALE_STADT_ALLOW_OFFLINE_MODEL:-1}
.venv/bin/python -m scripts.rasa_server check  # refuses an HTTP API without a JWT secret
mkdir -p var
endpoints=var/endpoints-$mode-$$.yml
sed -E "s#url: *\"http://localhost:[0-9]+/webhook\"#url: \"http://127.0.0.1:$action_port/webhook\"#" \
  endpoints.yml > "$endpoints"
grep -q "127.0.0.1:$action_port" "$endpoints" || { echo "endpoints.yml has no action_endpoint url" >&2; exit 1; }
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -f "$endpoints"; }
trap stop EXIT
trap 'exit 130' INT TERM

SANIC_HOST=127.0.0.1 .venv/bin/python -m scripts.known_warnings run actions --port "$action_port" --actions actions &
pids+=($!)
if [ "$mode" = "shell" ]; then
  .venv/bin/python -m scripts.rasa_server shell --port "$rasa_port" --model "$model" --endpoints "$endpoints"
  exit 0
fi
.venv/bin/python -m scripts.rasa_server run --port "$rasa_port" \
  --model "$model" --credentials credentials.yml --endpoints "$endpoints" &
pids+=($!)
RASA_SOCKET_URL="http://localhost:$rasa_port" .venv/bin/python scripts/serve_web.py \
  --host 127.0.0.1 --port "$web_port" &
pids+=($!)
api="off (RASA_ENABLE_API=1 with RASA_JWT_SECRET turns it on, JWT only)"
case "${RASA_ENABLE_API:-}" in 1|true|yes) api="on, JWT (Authorization: Bearer ...)";; esac
# The box comes last, once everything answers, so it does not scroll away under start-up lines.
pid_args=(); for pid in "${pids[@]}"; do pid_args+=(--pid "$pid"); done
.venv/bin/python -m scripts.stack wait "${pid_args[@]}" "http://127.0.0.1:$action_port/health" \
  "http://127.0.0.1:$rasa_port/" "http://127.0.0.1:$web_port/index.html" || exit 1
cat <<MSG

  Chat page:            http://localhost:$web_port/   (ready)
  Rasa server (REST):   http://127.0.0.1:$rasa_port/webhooks/rest/webhook   (loopback only)
  Rasa HTTP API:        $api
  Action server:        http://127.0.0.1:$action_port/webhook
  Conversations:        var/tracker.db      Knowledge base: var/knowledge.db
  Telegram:             $( [ -n "${TELEGRAM_TOKEN:-}" ] && echo "on (webhook ${TELEGRAM_WEBHOOK_URL:-?})" || echo "off (set TELEGRAM_TOKEN ... see README)")
  Stop with Ctrl-C.

MSG
wait -n "${pids[@]}"
