#!/usr/bin/env bash
# Checks, before anything is installed or built, that the tools a fresh machine needs are there, and says plainly
# which are missing: otherwise the first sign is "npm: command not found" from deep inside an install step.
set -euo pipefail
problems=()
if ! command -v dotnet >/dev/null 2>&1; then
  problems+=("The .NET 10 SDK is not installed (there is no 'dotnet' command). Install it from https://dotnet.microsoft.com/download/dotnet/10.0, then try again.")
elif [[ ! "$(dotnet --list-sdks 2>/dev/null)" =~ (^|$'\n')10\. ]]; then
  problems+=("The .NET 10 SDK is not installed ('dotnet --list-sdks' lists none starting 10.). Install it from https://dotnet.microsoft.com/download/dotnet/10.0, then try again.")
fi
if ! command -v node >/dev/null 2>&1; then
  problems+=("Node.js is not installed (there is no 'node' command); the local Table Storage emulator needs Node.js 20 or later. Install it from https://nodejs.org, then try again.")
else
  version="$(node --version 2>/dev/null || true)"
  major="${version#v}"
  major="${major%%.*}"
  if [[ ! "$major" =~ ^[0-9]+$ ]] || (( major < 20 )); then
    problems+=("Node.js ${version:-of an unknown version} is too old; the local Table Storage emulator needs Node.js 20 or later. Install it from https://nodejs.org, then try again.")
  fi
fi
if ! command -v npm >/dev/null 2>&1; then
  problems+=("npm is not installed (there is no 'npm' command); it comes with Node.js and installs the emulator. Install Node.js with npm, then try again.")
fi
if (( ${#problems[@]} > 0 )); then
  printf '%s\n' "${problems[@]}" >&2
  exit 1
fi
