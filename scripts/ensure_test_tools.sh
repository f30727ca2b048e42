#!/usr/bin/env bash
# Debian tools some tests need: chromium (browser test) and docker-compose
# (validates docker-compose.yml; no Docker engine needed). Installed with
# apt-get when missing and possible (root); otherwise the tests that need them
# are skipped and say why.
set -u
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test tools with apt-get: ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; then
    exit 0
  fi
fi
echo "WARNING: could not install ${missing[*]}; the tests that need them will be skipped." \
     "Install with: apt-get install ${missing[*]}" >&2
exit 0
