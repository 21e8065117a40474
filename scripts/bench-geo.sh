#!/usr/bin/env bash
# Times `coursemap export geo` on a generated catalog of 100,000 lessons (release build).
# Usage: scripts/bench-geo.sh [COURSES] [LESSONS_PER_COURSE]   (BIN=path measures another binary)
# Prints, per run: the wall time of the whole command, user and system CPU, and the split that
# `export geo --timings` reports (load = read + check, map, encode = split + encode + hash, write).
set -euo pipefail

courses="${1:-1000}"
lessons="${2:-100}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 /work/shared/bench/gen_catalog.py "$work/catalog" --courses "$courses" --lessons "$lessons" >/dev/null
echo "catalog: $courses courses x $lessons lessons = $((courses * lessons)) lessons"

cd "$root"
if [ -z "${BIN:-}" ]; then
    swift build -c release --product coursemap >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
    bin="$(swift build -c release --show-bin-path)/coursemap"
else
    bin="$BIN"
fi
mkdir -p "$work/out"
echo "binary: $bin; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

for run in 1 2 3; do
    rm -f "$work"/out/*
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$work/time" \
        "$bin" export geo "$work/catalog" --out "$work/out/catalog.grc20" --timings >"$work/log" 2>"$work/err"
    end=$(date +%s%N)
    total=$(cat "$work"/out/*.grc20 | wc -c)
    files=$(ls "$work"/out/*.grc20 | wc -l)
    elapsed_ms=$(((end - start) / 1000000))
    read -r user sys rss <"$work/time"
    printf 'run %d: %d.%03d s wall (read + check + export + write), %s s user, %s s sys, %d MB max RSS, %d bytes in %d file(s)\n' \
        "$run" $((elapsed_ms / 1000)) $((elapsed_ms % 1000)) "$user" "$sys" $((rss / 1024)) "$total" "$files"
    echo "        $(grep '^timings:' "$work/err")"
    echo "        $(head -1 "$work/log" | sed 's/^wrote .*: \([0-9]* ops\)/\1/')"
done
sha256sum "$work"/out/*.grc20 | sed "s|$work/out/||"
