#!/usr/bin/env bash
# Times `coursemap export geo` on a generated catalog of 100,000 lessons (release build).
# Usage: scripts/bench-geo.sh [COURSES] [LESSONS_PER_COURSE]
set -euo pipefail

courses="${1:-1000}"
lessons="${2:-100}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 /work/shared/bench/gen_catalog.py "$work/catalog" --courses "$courses" --lessons "$lessons" >/dev/null
echo "catalog: $courses courses x $lessons lessons = $((courses * lessons)) lessons"

cd "$root"
swift build -c release --product coursemap >/dev/null 2>&1
bin="$(swift build -c release --show-bin-path)/coursemap"

for run in 1 2 3; do
    start=$(date +%s.%N)
    "$bin" export geo "$work/catalog" --out "$work/out/catalog.grc20" >"$work/log" 2>&1 || {
        mkdir -p "$work/out"
        "$bin" export geo "$work/catalog" --out "$work/out/catalog.grc20" >"$work/log"
    }
    end=$(date +%s.%N)
    total=$(cat "$work"/out/catalog*.grc20 | wc -c)
    files=$(ls "$work"/out/catalog*.grc20 | wc -l)
    printf 'run %d: %.3f s wall (load + check + export + write), %d bytes in %d file(s); %s\n' \
        "$run" "$(echo "$end - $start" | bc)" "$total" "$files" "$(head -1 "$work/log")"
done
