#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser downloads cannot work here),
# with a CJK font so Chinese renders in screenshots. Installs both when missing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy"; then
  exit 0
fi
echo "Installing Debian's chromium and fonts-wqy-microhei ..."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
/usr/bin/chromium --version
