#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests, once; Playwright drives it and never downloads a browser.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
echo "Installing chromium (Debian package) for the browser tests ..."
as_root=()
if [[ "$(id -u)" -ne 0 ]]; then
  as_root=(sudo)
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "Could not install chromium; the browser tests need /usr/bin/chromium." >&2
  exit 1
fi
