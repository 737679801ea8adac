#!/usr/bin/env bash
# Installs the playground page's npm packages (the official Adaptive Cards renderer) into tools/playground, once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="$root/tools/playground"
stamp="$dir/node_modules/.installed-from-lock"
if [[ ! -f "$stamp" || "$dir/package-lock.json" -nt "$stamp" ]]; then
  echo "Installing the playground's card renderer into tools/playground ..."
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi
