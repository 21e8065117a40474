#!/usr/bin/env bash
# Browser test: starts `coursemap serve` on a free port and drives headless Chromium through
# home, a course, a topic, a search with a facet, marking a lesson done and "what next"; then
# the static export (served by Python's http.server) and its in-browser search.
# Screenshots go to screenshots/. Needs: chromium chromium-driver (apt), selenium (pip).
#   scripts/browser-test.sh [CATALOG_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
catalog="${1:-catalog}"
port="${PORT:-8091}"
static_port="${STATIC_PORT:-8092}"

command -v chromium >/dev/null || { echo "error: chromium is missing (apt-get install -y chromium chromium-driver)" >&2; exit 2; }
python3 -c "import selenium" 2>/dev/null || { echo "error: selenium is missing (pip install selenium)" >&2; exit 2; }

swift build --product coursemap >/dev/null
binary="$(swift build --show-bin-path)/coursemap"
log="$(mktemp)"
static="$(mktemp -d)"
"$binary" export site "$catalog" --out "$static/site" >/dev/null
python3 -m http.server "$static_port" --bind 127.0.0.1 --directory "$static/site" >/dev/null 2>&1 &
files=$!
"$binary" serve "$catalog" --port "$port" --log-level warning >"$log" 2>&1 &
server=$!
trap 'kill "$server" "$files" 2>/dev/null || true; rm -rf "$log" "$static"' EXIT
for _ in $(seq 1 50); do
    grep -q "serving" "$log" && break
    sleep 0.2
done
grep -q "serving" "$log" || { cat "$log" >&2; echo "error: serve did not start" >&2; exit 1; }

mkdir -p screenshots
python3 scripts/browser_test.py "http://127.0.0.1:$port" screenshots "http://127.0.0.1:$static_port"
