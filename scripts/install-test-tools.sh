#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, from the project's own package lists:
# Azurite, and the npm packages of every test folder that has a package-lock.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-azurite.sh"
shopt -s nullglob
for lock in "$root"/tests/*/package-lock.json; do
  dir="$(dirname "$lock")"
  stamp="$dir/node_modules/.installed-from-lock"
  if [[ ! -f "$stamp" || "$lock" -nt "$stamp" ]]; then
    echo "Installing npm packages for ${dir#"$root"/} ..."
    if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
      echo "Could not install the npm packages for ${dir#"$root"/} (npm's message is above). Check this machine can reach the npm registry, then try again." >&2
      exit 1
    fi
    touch "$stamp"
  fi
done
for extra in "$root"/scripts/install.d/*.sh; do
  bash "$extra"
done
