#!/usr/bin/env bash
# Installs the pinned Azurite into tools/azurite/node_modules (ignored by git), once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/tools/azurite"
stamp="$dir/node_modules/.installed-from-lock"
if [[ ! -x "$dir/node_modules/.bin/azurite-table" || ! -f "$stamp" || "$dir/package-lock.json" -nt "$stamp" ]]; then
  echo "Installing Azurite (Table Storage emulator) into tools/azurite ..."
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "Could not install Azurite with npm (its message is above). Check this machine can reach the npm registry, then try again." >&2
    exit 1
  fi
  touch "$stamp"
fi
