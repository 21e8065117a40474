#!/usr/bin/env bash
# Load benchmark of `coursemap serve` against Datasette on the same lessons, then a timed
# static export of 100,000 lessons (scripts/bench-site.sh). Prints req/s, p99 and errors for each run.
#   scripts/bench-web.sh            (DURATION=15 CONNECTIONS=32 SOAK=60 to change;
#                                    BIN=path to test another coursemap binary; EXPORT=0 skips the export)
# Needs: wrk (apt), datasette and sqlite-utils (pip), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-15}"
connections="${CONNECTIONS:-32}"
soak="${SOAK:-60}"
out="bench-out"
mkdir -p "$out"

for tool in wrk datasette sqlite-utils; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing" >&2; exit 2; }
done

if [ -n "${BIN:-}" ]; then
    binary="$BIN"
else
    swift build -c release --product coursemap >/dev/null
    binary="$(swift build -c release --show-bin-path)/coursemap"
fi

if [ ! -f "$out/catalog-100k/lessons.csv" ]; then
    python3 /work/shared/bench/gen_catalog.py "$out/catalog-100k" --courses 1000 --lessons 100 >/dev/null
fi

# wrk runs one Lua state per thread: `setup` numbers the threads so that their requests differ too.
lua_threads='
threads = 0
function setup(thread)
    thread:set("id", threads)
    threads = threads + 1
end
counter = 0
function next_number()
    counter = counter + 1
    return counter * 2 + (id or 0)
end
'
# A new results page on every request: pages 1 to 10,000 (the most a query may ask for) times
# 10 page sizes, 100,000 keys cycling through the response cache's 4,096 entries, so it never
# answers and every request renders a page; the ranked results of the (words, filters) pair are
# computed once and sliced.
cat >"$out/uncached.lua" <<LUA
$lua_threads
request = function()
    local n = next_number()
    return wrk.format("GET", wrk.path .. "&page=" .. (n % 10000 + 1) .. "&per_page=" .. (20 + math.floor(n / 10000) % 10))
end
LUA
# New words and a facet on every request: 3 of 40 catalog words and one of 7 formats, 448,000
# combinations before one repeats. Nothing a request asks was asked before: every request ranks
# its own hits and counts its own facets (each word's FTS5 matches are asked of SQLite once).
cat >"$out/cold.lua" <<LUA
$lua_threads
words = { "model", "prompt", "eval", "trace", "deploy", "serve", "tune", "guard", "cost", "latency",
    "token", "cache", "batch", "vector", "index", "judge", "dataset", "pipeline", "registry", "agent",
    "retrieval", "metric", "drift", "rollout", "canary", "quantize", "adapter", "reward", "policy",
    "gateway", "monitor", "alert", "budget", "evaluation", "observability", "deployment", "governance",
    "embeddings", "benchmarks", "tracing" }
formats = { "docs", "lab", "notebook", "video", "article", "slides", "workshop" }
request = function()
    local n = next_number()
    local m = math.floor(n / 7)
    local text = words[m % 40 + 1] .. "+" .. words[math.floor(m / 40) % 40 + 1] .. "+"
        .. words[math.floor(m / 1600) % 40 + 1]
    return wrk.format("GET", "/search/?q=" .. text .. "&format=" .. formats[n % 7 + 1])
end
LUA

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for() {
    for _ in $(seq 1 3000); do
        curl -fs -o /dev/null "$1" && return 0
        sleep 0.2
    done
    echo "error: $1 did not answer" >&2
    exit 1
}

# run LABEL CONNECTIONS DURATION URL [LUA]
run() {
    local label="$1" conns="$2" secs="$3" url="$4" script="${5:-}"
    local args=(-t2 -c"$conns" -d"${secs}s" --latency --timeout 10s)
    [ -n "$script" ] && args+=(-s "$script")
    local result
    result="$(wrk "${args[@]}" "$url")"
    local rps p99 non2xx errors
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$result")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$result")"
    non2xx="$(awk '/Non-2xx/ {print $5}' <<<"$result")"
    errors="$(awk '/Socket errors/ {print $4+$6+$8+$10}' <<<"$result")"
    printf '%-58s c=%-3s %9s req/s  p99 %-9s non-2xx %-5s socket errors %s\n' \
        "$label" "$conns" "$rps" "$p99" "${non2xx:-0}" "${errors:-0}"
}

bench_catalog() {
    local name="$1" catalog="$2" serve_port="$3" datasette_port="$4" course="$5"
    # Start-up is timed alone (read, check, graph, ranking, SQLite FTS5 index), before Datasette's set-up.
    local started
    started="$(date +%s.%N)"
    "$binary" serve "$catalog" --port "$serve_port" --log-level warning >"$out/serve-$name.log" 2>&1 &
    pids+=($!)
    wait_for "http://127.0.0.1:$serve_port/healthz"
    printf 'serve ready in %.1f s (read, check, graph, ranking, SQLite FTS5 index)\n' \
        "$(echo "$(date +%s.%N) - $started" | bc)"
    local db="$out/lessons-$name.db"
    rm -f "$db"
    sqlite-utils insert "$db" lessons "$catalog/lessons.csv" --csv >/dev/null
    sqlite-utils enable-fts "$db" lessons title description objectives terms --fts5 --create-triggers >/dev/null
    datasette serve "$db" --port "$datasette_port" --setting suggest_facets off >"$out/datasette-$name.log" 2>&1 &
    pids+=($!)
    wait_for "http://127.0.0.1:$datasette_port/"
    local lessons
    lessons="$(($(wc -l <"$catalog/lessons.csv") - 1))"
    echo "== $name: $lessons lessons"
    local serve="http://127.0.0.1:$serve_port"
    local datasette="http://127.0.0.1:$datasette_port/lessons-$name/lessons"
    run "serve: search 'evaluation' + facet format=docs" "$connections" "$duration" \
        "$serve/search/?q=evaluation&format=docs"
    run "serve: same, a new page every request" "$connections" "$duration" \
        "$serve/search/?q=evaluation&format=docs" "$out/uncached.lua"
    run "serve: new words + format every request (nothing cached)" "$connections" "$duration" \
        "$serve/search/?q=x&format=docs" "$out/cold.lua"
    run "serve: course page /courses/$course/" "$connections" "$duration" "$serve/courses/$course/"
    run "datasette: _search=evaluation + _facet=format&format=docs" "$connections" "$duration" \
        "$datasette?_search=evaluation&_facet=format&format=docs"
}

bench_catalog bundled catalog 8181 8182 "$(awk -F, 'NR == 2 {print $1}' catalog/courses.csv)"
bench_catalog 100k "$out/catalog-100k" 8183 8184 "$(awk -F, 'NR == 2 {print $1}' "$out/catalog-100k/courses.csv")"

echo "== soak: 64 connections, ${soak}s each, 100,000 lessons"
run "serve: search + facet, a new page every request" 64 "$soak" "http://127.0.0.1:8183/search/?q=evaluation&format=docs" "$out/uncached.lua"
run "serve: course page" 64 "$soak" \
    "http://127.0.0.1:8183/courses/$(awk -F, 'NR == 2 {print $1}' "$out/catalog-100k/courses.csv")/"

[ "${EXPORT:-1}" = 0 ] && exit 0
# The static export has its own script (it avoids timing ext4's slow reuse of freshly freed inodes).
scripts/bench-site.sh
