#!/usr/bin/env bash
# Start the action server, the Rasa server (REST + socket.io, conversations in
# var/tracker.db) and the chat page on localhost; or `rasa shell` with the
# action server (scripts/run.sh shell). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
rasa_port=${RASA_PORT:-5005}
action_port=${ACTION_PORT:-5055}
web_port=${WEB_PORT:-8080}
model=models/soziale-stadt.tar.gz
# Local use: a model trained with the offline spaCy pipeline may serve (production refuses it).
export SOZIALE_STADT_ALLOW_OFFLINE_MODEL=${SOZIALE_STADT_ALLOW_OFFLINE_MODEL:-1}
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

.venv/bin/rasa run actions --port "$action_port" --actions actions &
pids+=($!)
if [ "${1:-}" = "shell" ]; then
  .venv/bin/rasa shell --model "$model" --endpoints endpoints.yml
  exit 0
fi
.venv/bin/rasa run --enable-api --cors "*" --port "$rasa_port" \
  --model "$model" --credentials credentials.yml --endpoints endpoints.yml &
pids+=($!)
RASA_SOCKET_URL="http://localhost:$rasa_port" .venv/bin/python scripts/serve_web.py --port "$web_port" &
pids+=($!)
cat <<MSG

  Chat page:            http://localhost:$web_port/   (ready once Rasa says "Rasa server is up and running")
  Rasa server (REST):   http://localhost:$rasa_port/webhooks/rest/webhook
  Action server:        http://localhost:$action_port/webhook
  Conversations:        var/tracker.db      Knowledge base: var/knowledge.db
  Telegram:             $( [ -n "${TELEGRAM_TOKEN:-}" ] && echo "on (webhook ${TELEGRAM_WEBHOOK_URL:-?})" || echo "off (set TELEGRAM_TOKEN ... see README)")
  Stop with Ctrl-C.

MSG
wait -n "${pids[@]}"
