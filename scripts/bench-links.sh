#!/usr/bin/env bash
# Benchmark: `coursemap links` against `linkchecker` (PyPI) on the same 2,000 local URLs over
# 20 host names (127.0.0.1-20) served with 50 ms latency by scripts/latency_server.py.
# Prints URLs/s for each tool and the most requests in flight per host the server saw.
# Usage: scripts/bench-links.sh   (env: PORT=18080 HOSTS=20 PER_HOST=100 LATENCY=0.05 BIN=)
set -euo pipefail
cd "$(dirname "$0")/.."

HOSTS=${HOSTS:-20}
PER_HOST=${PER_HOST:-100}
PORT=${PORT:-18080}
LATENCY=${LATENCY:-0.05}
OUT=bench-out/links
rm -rf "$OUT"
mkdir -p "$OUT/catalog"

# BIN=path/to/coursemap skips the release build (e.g. to measure a debug build).
if [ -z "${BIN:-}" ]; then
    swift build -c release --product coursemap >/dev/null
    BIN="$(swift build -c release --show-bin-path)/coursemap"
fi

if command -v linkchecker >/dev/null 2>&1; then
    LINKCHECKER=linkchecker
else
    if [ ! -x .build/bench-venv/bin/linkchecker ]; then
        python3 -m venv .build/bench-venv
        .build/bench-venv/bin/pip install -q linkchecker
    fi
    LINKCHECKER=.build/bench-venv/bin/linkchecker
fi

# One catalog and one URL list with the same addresses.
python3 - "$OUT" "$HOSTS" "$PER_HOST" "$PORT" <<'PY'
import csv, sys
out, hosts, per_host, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
urls = [f"http://127.0.0.{h}:{port}/page/{i}" for i in range(per_host) for h in range(1, hosts + 1)]
with open(f"{out}/urls.txt", "w") as f:
    f.write("\n".join(urls) + "\n")
with open(f"{out}/catalog/topics.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "description"])
    w.writerow(["evaluation", "Evaluation", "Measuring model quality."])
with open(f"{out}/catalog/courses.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "title", "provider", "kind", "url", "description", "topics"])
    # Each course's home is its first lesson's address, so both tools see exactly the same list.
    for h in range(1, hosts + 1):
        w.writerow([f"course-{h}", f"Course {h}", "Bench", "oss", f"http://127.0.0.{h}:{port}/page/0", "A course.",
                    "evaluation"])
with open(f"{out}/catalog/lessons.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "course", "order", "title", "url", "description", "topics"])
    for h in range(1, hosts + 1):
        for i in range(per_host):
            w.writerow([f"lesson-{h}-{i}", f"course-{h}", i + 1, f"Lesson {i}", f"http://127.0.0.{h}:{port}/page/{i}",
                        "A lesson.", "evaluation"])
PY

python3 scripts/latency_server.py "$HOSTS" "$PORT" "$LATENCY" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fs "http://127.0.0.1:$PORT/__reset" >/dev/null 2>&1 && break
    sleep 0.1
done

URLS=$(wc -l <"$OUT/urls.txt")
now() { python3 -c 'import time; print(time.time())'; }
rate() { python3 -c "import sys; n, s = int(sys.argv[1]), float(sys.argv[2]); print(f'{s:7.2f} s  {n / s:8.1f} URLs/s')" "$1" "$2"; }
stats() { curl -fs "http://127.0.0.1:$PORT/__stats" | python3 -c '
import json, sys
d = json.load(sys.stdin)
m = d["max_in_flight"]
r = sum(d["requests"].values())
print("requests %d, most in flight per host %d" % (r, max(m.values()) if m else 0))'; }

run() {  # name, command...
    local name=$1
    shift
    curl -fs "http://127.0.0.1:$PORT/__reset" >/dev/null
    rm -rf "$OUT/catalog/.coursemap"
    local start end
    start=$(now)
    "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || true
    end=$(now)
    printf '%-34s %s  %s\n' "$name" "$(rate "$URLS" "$(python3 -c "print($end - $start)")")" "$(stats)"
}

cat >"$OUT/linkcheckerrc" <<RC
[checking]
maxrequestspersecond=1000
RC

echo "$URLS URLs over $HOSTS hosts, ${LATENCY}s latency; $(nproc) cores; $(uname -sm)"
echo "-- polite defaults (coursemap: 2 per host, 100 ms apart; linkchecker: 10 threads, 10 req/s per host)"
run coursemap-defaults "$BIN" links "$OUT/catalog" --allow-private --format json
run linkchecker-defaults "$LINKCHECKER" --stdin --no-robots -r 0 --no-status -o csv <"$OUT/urls.txt"
echo "-- unthrottled (coursemap: 4 per host, no interval, 80 total; linkchecker: 80 threads, 1000 req/s per host)"
run coursemap-fast "$BIN" links "$OUT/catalog" --allow-private --format json --per-host 4 --interval 0 \
    --concurrency 80
run linkchecker-fast "$LINKCHECKER" -f "$OUT/linkcheckerrc" --stdin --no-robots -r 0 --no-status -o csv -t 80 \
    <"$OUT/urls.txt"

ok=$(grep -c '"state" : "ok"' "$OUT/coursemap-defaults.out" || true)
echo "coursemap ok links (defaults run): $ok of $URLS"
