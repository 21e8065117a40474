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
swift build -c release --product coursemap >/dev/null
bin="$(swift build -c release --show-bin-path)/coursemap"
mkdir -p "$work/out"

for run in 1 2 3; do
    rm -f "$work"/out/*
    start=$(date +%s%N)
    "$bin" export geo "$work/catalog" --out "$work/out/catalog.grc20" >"$work/log"
    end=$(date +%s%N)
    total=$(cat "$work"/out/*.grc20 | wc -c)
    files=$(ls "$work"/out/*.grc20 | wc -l)
    elapsed_ms=$(((end - start) / 1000000))
    printf 'run %d: %d.%03d s wall (read + check + export + write), %d bytes in %d file(s)\n' \
        "$run" $((elapsed_ms / 1000)) $((elapsed_ms % 1000)) "$total" "$files"
    echo "        $(head -1 "$work/log")"
done
