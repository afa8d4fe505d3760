#!/usr/bin/env bash
# Browser tests and the benchmark use Debian's Chromium at /usr/bin/chromium.
# Install it with apt-get when it is missing (CI runs as root on a fresh machine).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "Chromium not found at /usr/bin/chromium: installing Debian's chromium package…" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-noto-cjk >/dev/null
/usr/bin/chromium --version >&2
