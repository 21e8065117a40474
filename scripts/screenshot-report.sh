#!/usr/bin/env bash
# Renders the curator's report of a catalog folder to HTML and screenshots it with headless Chromium.
#   scripts/screenshot-report.sh [CATALOG_DIR] [OUT_DIR]
# Defaults: catalog/ and .build/report-screenshot/. Needs chromium (apt-get install -y chromium).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
catalog="${1:-$root/catalog}"
out="${2:-$root/.build/report-screenshot}"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
    echo "error: chromium not found; install it with: apt-get install -y chromium" >&2
    exit 2
fi

cd "$root"
swift build --product coursemap >/dev/null
bin="$(swift build --show-bin-path)/coursemap"
"$bin" report "$catalog" --format html --out "$out/report.html"

# A tall window so the coverage heatmaps and the first tables are in one picture.
for size in "1280,2400:report.png" "1280,9000:report-full.png"; do
    window="${size%%:*}"
    file="${size##*:}"
    "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$window" --screenshot="$out/$file" "file://$out/report.html" >/dev/null 2>&1
    echo "screenshot: $out/$file"
done
echo "report: $out/report.html"
