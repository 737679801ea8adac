#!/usr/bin/env bash
# Installs the playground page's npm packages (the official Adaptive Cards renderer) into tools/playground, once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="$root/tools/playground"
stamp="$dir/node_modules/.installed-from-lock"
if [[ ! -f "$stamp" || "$dir/package-lock.json" -nt "$stamp" ]]; then
  echo "Installing the playground's card renderer into tools/playground ..."
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "Could not install the playground's card renderer with npm (its message is above). Check this machine can reach the npm registry, then try again." >&2
    exit 1
  fi
  touch "$stamp"
fi
