#!/bin/sh
# HR's records view through the real window under Xvfb (Mesa's software OpenGL), over a
# generated organisation of about 1,000 people: replays a records script that filters, sorts,
# opens a person and an item analysis and takes screenshots, with every frame's layout checked.
# Then checks what the user would: the exports and the certificate exist, nothing would show as
# "?", no layout problem was seen, and no learner's progress file changed.
# usage: records_in_window.sh MAMORI GENERATE_ORG SCRIPT LEARNERS [SCREENSHOT_DIR]
set -eu
app=$1 generate=$2 script=$3 learners=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shots=${5:-$work/screenshots}
rm -rf "$shots"
export XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/share"

"$generate" --learners "$learners" --out "$work/org" --roster "$work/org/roster.csv" > /dev/null
find "$work/org/progress" -type f -exec sha256sum {} + | sort > "$work/before.txt"

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} MAMORI_CHECK_LAYOUT=1 MAMORI_REPORT=1 \
  sh "$(dirname "$0")/../support/in_xvfb.sh" 1280x800x24 \
  "$app" --records --db "$work/index.sqlite" --data-dir "$work/org" --key-file "$work/org/organisation.key" \
         --roster "$work/org/roster.csv" --export-dir "$work/exports" --now 2026-06-30T09:00:00Z \
         --script "$script" --screenshot-dir "$shots" 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
cat "$work/stderr" >&2
if grep -q "has no glyph" "$work/stderr"; then
  echo "some names or words would show as \"?\" in the window (see the warning above)" >&2
  exit 1
fi
if grep -q "mamori: layout:" "$work/stderr"; then
  echo "the records view drew widgets over each other or cut them off (see above)" >&2
  exit 1
fi
find "$work/org/progress" -type f -exec sha256sum {} + | sort > "$work/after.txt"
if ! cmp -s "$work/before.txt" "$work/after.txt"; then
  echo "the records view changed a learner's progress file" >&2
  exit 1
fi
ls "$work/exports"/people-*.csv "$work/exports"/people-*.xlsx "$work/exports/certificates/E000012-basics.pdf" > /dev/null
echo "$(ls "$shots" | wc -l) screenshots in $shots; exports and certificate saved; no progress file changed"
