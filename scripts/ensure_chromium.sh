#!/usr/bin/env bash
# Make sure Debian's headless Chromium is there for the browser test.
# Installs it with apt-get when missing and possible (root); otherwise says so,
# and the browser test is skipped with the same reason.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser test (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq chromium >/dev/null; then
    exit 0
  fi
fi
echo "WARNING: chromium is not installed and could not be installed here;" \
     "the browser test will be skipped. Install it with: apt-get install chromium" >&2
exit 0
