#!/usr/bin/env bash
# Runs the bot locally. With no storage configured it starts Azurite on 127.0.0.1:10002 (data in .data/azurite).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/check-tools.sh"
"$root/scripts/install-azurite.sh"
# The playground page (on in Development, at /playground) needs the Adaptive Cards renderer from npm.
"$root/scripts/install.d/playground.sh"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
dotnet build src/ElcBot.Web --nologo -v quiet -clp:ErrorsOnly
# Run the built host directly so Ctrl+C reaches it and it can stop Azurite cleanly.
cd src/ElcBot.Web
exec dotnet bin/Debug/net10.0/ElcBot.Web.dll "$@"
