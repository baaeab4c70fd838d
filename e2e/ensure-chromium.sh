#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (browser downloads are not possible here).
# Installs it when missing and we are root; otherwise says how to get one.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $browser: installing Debian's chromium…"
  (apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; })
  [ -x "$browser" ] && exit 0
fi
cat >&2 <<MSG
No Chromium found at $browser, and it could not be installed automatically.
Install one (Debian/Ubuntu: sudo apt-get install chromium) or point CHROMIUM_PATH at a
Chromium or Chrome binary, then run the tests again.
MSG
exit 1
