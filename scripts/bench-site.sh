#!/usr/bin/env bash
# Timed static export of 100,000 lessons (release build). Prints, for an export into a new
# folder and for an export over that one: wall and user/system CPU, the export's own split
# (read and check, graph and ranking, pages), files and bytes; then checks that both runs wrote
# the same bytes, and the bundled catalog's search index size.
#   flock /tmp/coursemap-cpu.lock scripts/bench-site.sh        (OUT=/dev/shm/site for tmpfs)
# The previous run's output is renamed aside and deleted only after the timings: on an ext4
# file system without journal, inodes freed in the last minutes are skipped one by one when new
# ones are allocated, so `rm -rf` right before an export makes the export several times slower.
# Needs: python3, GNU time (/usr/bin/time), sha256sum.
set -euo pipefail
cd "$(dirname "$0")/.."
out="bench-out"
site="${OUT:-$out/site-100k}"
mkdir -p "$out"

swift build -c release --product coursemap >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
binary="$(swift build -c release --show-bin-path)/coursemap"

if [ ! -f "$out/catalog-100k/lessons.csv" ]; then
    python3 /work/shared/bench/gen_catalog.py "$out/catalog-100k" --courses 1000 --lessons 100 >/dev/null
fi

stamp="$out/site-deleted-at"
if [ -e "$site.old" ]; then # left by an interrupted run
    rm -rf "$site.old"
    date +%s >"$stamp"
fi
[ -e "$site" ] && mv "$site" "$site.old"

# The last run deleted its previous output at its end: on ext4 without journal the kernel skips
# those inodes one by one for up to 6 minutes after they were freed (25 s instead of 8 s for the
# export into a new folder). Wait that out rather than time the kernel; WAIT=0 skips the wait.
if [ "${WAIT:-1}" != 0 ] && [ -f "$stamp" ]; then
    left=$((360 - ($(date +%s) - $(cat "$stamp"))))
    if [ "$left" -gt 0 ]; then
        echo "waiting ${left} s: the last run deleted 206,000 inodes (WAIT=0 to skip)"
        sleep "$left"
    fi
fi

# timed LABEL: one export into $site, with GNU time's figures and the export's own line.
timed() {
    echo "== $1, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f '%e %U %S %M' -o "$out/site-time.txt" \
        "$binary" export site "$out/catalog-100k" --out "$site" --base-url https://example.org/
    local wall user system memory
    read -r wall user system memory <"$out/site-time.txt"
    printf 'wall %s s, user CPU %s s, system CPU %s s, peak memory %s MB\n' \
        "$wall" "$user" "$system" "$((memory / 1024))"
}

manifest() { (cd "$site" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

timed "export site of 100,000 lessons into a new folder"
files="$(find "$site" -type f | wc -l)"
bytes="$(find "$site" -type f -printf '%s\n' | awk '{sum += $1} END {print sum}')"
printf '%s files, %s bytes of content, %s on disk\n' "$files" "$bytes" "$(du -sh "$site" | cut -f1)"
manifest >"$out/site-first.sha256"

timed "export again over the previous export (files rewritten in place)"
manifest >"$out/site-second.sha256"
if cmp -s "$out/site-first.sha256" "$out/site-second.sha256"; then
    echo "the two exports are byte-identical"
else
    echo "error: the two exports differ" >&2
    exit 1
fi

if [ -e "$site.old" ]; then
    rm -rf "$site.old"
    date +%s >"$stamp"
fi
rm -rf "$out/site-bundled"
"$binary" export site catalog --out "$out/site-bundled" >/dev/null
printf 'bundled catalog: assets/search.json is %s bytes\n' "$(wc -c <"$out/site-bundled/assets/search.json")"
