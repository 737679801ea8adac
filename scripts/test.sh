#!/usr/bin/env bash
# Runs every test: unit, integration against Azurite, end to end over HTTP, and browser tests.
# Each test run starts its own Azurite on a free loopback port; nothing else needs to be running.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/check-tools.sh"
"$root/scripts/install-test-tools.sh"
dotnet build ElcBot.sln --nologo -clp:ErrorsOnly
log="$(mktemp)"
status=0
# A test stuck for 10 minutes fails with its name printed, rather than holding the run until CI's limit.
dotnet test ElcBot.sln --no-build --nologo --blame-hang-timeout 10m --blame-hang-dump-type none "$@" 2>&1 | tee "$log" || status=$?
# One closing line with the totals across every test project.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
rm -f "$log"
exit "$status"
