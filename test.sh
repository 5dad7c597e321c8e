#!/usr/bin/env bash
# Runs every test: unit tests, in-container tests on a real Payara Micro against a real PostgreSQL,
# browser tests in headless Chromium and the EAR smoke test on Payara Server. Installs the OS
# packages the browser tests need when they are missing; fails loudly when it cannot.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\033[1m[parallax-test]\033[0m %s\n' "$*"; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]} ..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    say "Cannot install ${missing[*]}: run as root or install them with apt-get first."
    exit 1
  fi
fi
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { say "$tool is still missing after installation."; exit 1; }
done

exec ./mvnw -B clean verify "$@"
