#!/usr/bin/env bash
# Checks that `newsgraph audit --format html` renders in a real browser.
#
#   scripts/audit-html-check.sh [CORPUS] [SCREENSHOT.png]
#
# Defaults: the example corpus, and .build/audit-check/audit.png. Steps:
#   1. build newsgraph (debug) if it is not built yet;
#   2. write the report to HTML beside the screenshot;
#   3. check it is well-formed XML (xmllint --noout) and refers to nothing outside itself
#      (no scripts, links, src/href attributes, url() or @import);
#   4. open it in headless Chromium from a file:// URL and take a full-page screenshot.
# Chromium (Debian `chromium`) and a CJK font (`fonts-wqy-zenhei`) are installed with apt-get when
# missing and the script runs as root; otherwise it says what to install. Open the PNG to look.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/Tests/Fixtures/corpus}
shot=${2:-$root/.build/audit-check/audit.png}
mkdir -p "$(dirname "$shot")"
shot=$(cd "$(dirname "$shot")" && pwd)/$(basename "$shot")
html=${shot%.png}.html

need() {  # need COMMAND-OR-TEST PACKAGE
    if ! eval "$1" >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            echo "installing $2 ..." >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null
        else
            echo "error: $2 is needed (apt-get install -y $2)" >&2
            exit 1
        fi
    fi
}
need "command -v xmllint" libxml2-utils
need "command -v chromium" chromium
need "fc-list :lang=zh | grep -q ." fonts-wqy-zenhei

binary=$root/.build/debug/newsgraph
[ -x "$binary" ] || (cd "$root" && swift build --product newsgraph)

"$binary" audit "$corpus" --format html --ontology "$root/ontology" >"$html"
xmllint --noout "$html"
if grep -Eq '<script|<link|(src|href)=|url\(|@import' "$html"; then
    echo "error: $html refers to something outside itself" >&2
    exit 1
fi

# Headless Chromium prints D-Bus complaints on machines without a session bus; they are harmless.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --window-size=1280,4000 --screenshot="$shot" "file://$html" 2>/dev/null
size=$(stat -c %s "$shot")
# A blank page compresses to a few kilobytes; the report is far larger.
if [ "$size" -lt 20000 ]; then
    echo "error: $shot is only $size bytes; the page did not render" >&2
    exit 1
fi
echo "$html: well-formed, self-contained; screenshot $shot ($size bytes)"
