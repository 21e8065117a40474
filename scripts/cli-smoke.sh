#!/usr/bin/env bash
# Exit codes and output shapes of the authoring commands, as the catalog format promises them.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${COURSEMAP:-.build/debug/coursemap}
fail() { echo "cli-smoke: $*" >&2; exit 1; }
expect_exit() {
    local want=$1
    shift
    set +e
    "$@" >/tmp/cli-smoke.out 2>&1
    local got=$?
    set -e
    [ "$got" -eq "$want" ] || { cat /tmp/cli-smoke.out; fail "'$*' exited $got, expected $want"; }
}
expect_exit 0 "$bin" validate Tests/Fixtures/tiny --strict
[ ! -s /tmp/cli-smoke.out ] || fail "a clean catalog printed output"
expect_exit 1 "$bin" validate Tests/Fixtures/broken
grep -q 'Tests/Fixtures/broken/lessons.csv:3:5: error\[bad-url\]' /tmp/cli-smoke.out || fail "bad-url not placed"
grep -q 'Tests/Fixtures/broken/lessons.csv:5:8: error\[bad-value\]' /tmp/cli-smoke.out || fail "bad-value not placed"
expect_exit 1 "$bin" validate Tests/Fixtures/broken --format json
python3 -c "import json,sys; d=json.load(open('/tmp/cli-smoke.out')); assert len(d)==2 and d[0]['code']=='bad-url', d"
expect_exit 1 "$bin" validate Tests/Fixtures/broken --format github
grep -q '^::error file=Tests/Fixtures/broken/lessons.csv,line=3,col=5,title=bad-url::' /tmp/cli-smoke.out || fail "github"
expect_exit 2 "$bin" validate Tests/Fixtures/does-not-exist
expect_exit 2 "$bin" validate README.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp Tests/Fixtures/tiny/*.csv "$tmp"/ && rm "$tmp/lessons.csv" && mkdir "$tmp/lessons.csv"
expect_exit 2 "$bin" validate "$tmp"
expect_exit 0 "$bin" fmt Tests/Fixtures/tiny --check
# export site never deletes; --prune deletes only pages of an earlier export that are gone.
site="$tmp/site"
expect_exit 0 "$bin" export site Tests/Fixtures/tiny --out "$site"
mkdir -p "$site/lessons/gone" "$site/courses/mine"
echo old >"$site/lessons/gone/index.html"
echo mine >"$site/courses/mine/notes.txt"
echo example.org >"$site/CNAME"
expect_exit 0 "$bin" export site Tests/Fixtures/tiny --out "$site"
[ -f "$site/lessons/gone/index.html" ] || fail "export site without --prune deleted a file"
expect_exit 0 "$bin" export site Tests/Fixtures/tiny --out "$site" --prune
grep -q "removed 1 file of an earlier export" /tmp/cli-smoke.out || fail "--prune did not report one file"
[ ! -e "$site/lessons/gone" ] || fail "--prune left a page of an earlier export"
[ -f "$site/courses/mine/notes.txt" ] && [ -f "$site/CNAME" ] || fail "--prune deleted a file it does not own"
[ -f "$site/lessons/$(ls "$site/lessons" | head -1)/index.html" ] || fail "--prune deleted a current page"
# The quick pass of a large clean catalog prints exactly what the full check prints, and a
# catalog with planted faults gets the full check's findings.
shared=${SHARED:-../shared}
python3 "$shared/bench/gen_catalog.py" "$tmp/large" --courses 60 --lessons 100 >/dev/null
python3 "$shared/bench/gen_catalog.py" "$tmp/large-faulty" --courses 60 --lessons 100 --errors 30 >/dev/null
[ "$(stat -c %s "$tmp/large/lessons.csv")" -ge 1048576 ] || fail "the large catalog is too small for the quick pass"
for catalog in large large-faulty; do
    for format in json text; do
        "$bin" validate "$tmp/$catalog" --format "$format" >"$tmp/quick.out" 2>&1 || true
        "$bin" validate "$tmp/$catalog" --format "$format" --full-check >"$tmp/full.out" 2>&1 || true
        cmp -s "$tmp/quick.out" "$tmp/full.out" || fail "validate $catalog --format $format differs from --full-check"
    done
done
expect_exit 1 "$bin" validate "$tmp/large-faulty"
echo "cli-smoke: ok"
