#!/usr/bin/env bash
# Start the action server and the Rasa server (REST + socket.io) on localhost,
# or `rasa shell` with the action server (scripts/run.sh shell). Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."
rasa_port=${RASA_PORT:-5005}
action_port=${ACTION_PORT:-5055}
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

.venv/bin/rasa run actions --port "$action_port" --actions actions &
pids+=($!)
if [ "${1:-}" = "shell" ]; then
  .venv/bin/rasa shell --model models/soziale-stadt.tar.gz
  exit 0
fi
.venv/bin/rasa run --enable-api --cors "*" --port "$rasa_port" \
  --model models/soziale-stadt.tar.gz --credentials credentials.yml --endpoints endpoints.yml &
pids+=($!)
cat <<MSG

  Rasa server (REST):   http://localhost:$rasa_port/webhooks/rest/webhook
  Rasa server (socket): http://localhost:$rasa_port/socket.io
  Action server:        http://localhost:$action_port/webhook
  Stop with Ctrl-C.

MSG
wait -n "${pids[@]}"
