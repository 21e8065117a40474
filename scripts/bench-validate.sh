#!/usr/bin/env bash
# Benchmark: `coursemap validate` on 100,000 lessons against `frictionless validate` and a bare
# Python csv read of the same files. Prints the median wall time and peak RSS of each; the
# catalog is clean, so validate confirms it with its quick pass, and the full check (what a
# catalog with findings gets) is timed too.
#   scripts/bench-validate.sh [RUNS]   (needs: pip install frictionless)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared=${SHARED:-../shared}
data=${BENCH_DIR:-.build/bench/validate-100k}

if [ ! -f "$data/lessons.csv" ]; then
    python3 "$shared/bench/gen_catalog.py" "$data" --courses 1000 --lessons 100 >/dev/null
fi
swift build -c release --product coursemap >/dev/null
bin=.build/release/coursemap
"$bin" describe "$data" >/dev/null

cat > "$data/.read.py" <<'PY'
import csv, sys
for name in ("courses", "lessons", "topics", "people"):
    with open(f"{sys.argv[1]}/{name}.csv", newline="", encoding="utf-8") as f:
        for _ in csv.DictReader(f):
            pass
PY

# measure NAME RUNS COMMAND...: median seconds and the largest peak RSS over the runs
measure() {
    local name=$1 n=$2
    shift 2
    local times=() rss=0
    for _ in $(seq "$n"); do
        /usr/bin/time -f "%e %M" -o "$data/.time" "$@" >/dev/null 2>&1 || true
        read -r t m <"$data/.time"
        times+=("$t")
        [ "$m" -gt "$rss" ] && rss=$m
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-28s median %6.2f s   peak RSS %6.1f MB   (%d runs)\n' "$name" "$median" "$(echo "$rss/1024" | bc -l)" "$n"
    last_median=$median
    last_rss=$rss
}

lessons=$(($(wc -l <"$data/lessons.csv") - 1))
echo "validate benchmark: $lessons lessons in $data, $(nproc) cores, $(uname -m)"
measure "coursemap validate" "$runs" "$bin" validate "$data" --format json
ours=$last_median ours_rss=$last_rss
# The same catalog with the quick pass turned off: what a catalog with findings costs.
measure "coursemap validate (full)" "$runs" "$bin" validate "$data" --format json --full-check
measure "python csv.DictReader" "$runs" python3 "$data/.read.py" "$data"
python=$last_median
if cmp -s <("$bin" validate "$data" --format json) <("$bin" validate "$data" --format json --full-check); then
    echo "quick pass and full check print the same output"
else
    echo "quick pass and full check DIFFER"
fi
# The issue's targets: 40x faster than frictionless, no slower than the bare Python read, RSS < 150 MB.
printf 'coursemap vs python csv: %.2fx (target >= 1)   peak RSS %.1f MB (target < 150)\n' \
    "$(echo "$python/$ours" | bc -l)" "$(echo "$ours_rss/1024" | bc -l)"
if command -v frictionless >/dev/null; then
    measure "frictionless validate" 1 frictionless validate "$data/datapackage.json"
    printf 'coursemap vs frictionless: %.1fx (target >= 40)\n' "$(echo "$last_median/$ours" | bc -l)"
else
    echo "frictionless: not installed (pip install frictionless)"
fi
