#!/usr/bin/env bash
# Browser tests and the benchmark use Debian's Chromium at /usr/bin/chromium, with
# the Noto fonts the tests rely on (every script the guide is written in, so the
# pages lay out the same on every machine). Installs what is missing with apt-get
# (CI runs as root on a fresh machine), whether or not Chromium was already there.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
for package in fonts-noto-core fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages for the browser tests: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/bin/chromium --version >&2
