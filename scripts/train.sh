#!/usr/bin/env bash
# Train the Rasa model only when config, domain or training data changed.
# Usage: scripts/train.sh [CONFIG]   (make train passes the config chosen by the setup)
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-config.yml}
fingerprint=$(cat "$config" domain.yml $(find data -name '*.yml' | sort) | sha256sum | cut -c1-16)
if [ -f models/soziale-stadt.tar.gz ] && [ "$(cat var/model-fingerprint 2>/dev/null)" = "$fingerprint" ]; then
  echo "Model is up to date (models/soziale-stadt.tar.gz)."
  exit 0
fi
start=$(date +%s)
.venv/bin/python -m scripts.known_warnings train --config "$config" --fixed-model-name soziale-stadt --out models
echo "$fingerprint" > var/model-fingerprint
seconds=$(( $(date +%s) - start ))
echo "$seconds" > var/train-seconds
echo "Training took $seconds s."
