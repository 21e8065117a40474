#!/usr/bin/env bash
# Times `coursemap report` and `coursemap next` on a generated catalog of 100,000 lessons
# (1,000 courses x 100 lessons) with a release build.
#   scripts/bench-graph.sh [OUT_DIR]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/.build/bench-graph}"
generator="${GEN_CATALOG:-/work/shared/bench/gen_catalog.py}"

cd "$root"
swift build -c release --product coursemap >/dev/null
bin="$(swift build -c release --show-bin-path)/coursemap"

if [[ ! -f "$data/lessons.csv" ]]; then
    python3 "$generator" "$data" --courses 1000 --lessons 100 --seed 7 >/dev/null
fi
echo "catalog: $data ($(($(wc -l <"$data/lessons.csv") - 1)) lessons, $(($(wc -l <"$data/courses.csv") - 1)) courses)"
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# time_it LABEL COMMAND...: best wall time and best CPU time (user + sys) of three runs. CPU time is
# the steadier figure on a shared machine; wall time is what a user waits.
time_it() {
    local label="$1"
    shift
    local best_wall="" best_cpu="" times
    times="$(mktemp)"
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %U %S" -o "$times" "$@" >/dev/null 2>&1
        read -r wall user sys <"$times"
        local cpu
        cpu=$(echo "$user + $sys" | bc)
        if [[ -z "$best_wall" ]] || (($(echo "$wall < $best_wall" | bc))); then best_wall="$wall"; fi
        if [[ -z "$best_cpu" ]] || (($(echo "$cpu < $best_cpu" | bc))); then best_cpu="$cpu"; fi
    done
    rm -f "$times"
    printf '%-52s wall %6.2f s   cpu %6.2f s   (best of 3)\n' "$label" "$best_wall" "$best_cpu"
}

# The floor every catalog command pays: read the tables and run every check (loadValid).
time_it "validate (read + check only, the floor)" "$bin" validate "$data"
time_it "report --format md" "$bin" report "$data" --format md --out "$data/report.md"
time_it "report --format html" "$bin" report "$data" --format html --out "$data/report.html"
time_it "report --format json" "$bin" report "$data" --format json --out "$data/report.json"
time_it "next --done course-00000-l001,course-00001-l001" "$bin" next "$data" --done course-00000-l001,course-00001-l001 --limit 10
time_it "next --done 5 topics" "$bin" next "$data" --done lifecycle,prompt-management,evaluation,deployment,rag --limit 10
