#!/bin/sh
# The author mode through the real window under Xvfb: replays an author script over a copy of
# the shipped packs (it edits them), with every frame's layout checked, and fails when the font
# lacks a character or a widget is drawn over another.
# usage: author_in_window.sh MAMORI PACKS SCRIPT [SCREENSHOT_DIR]
set -eu
app=$1 packs=$2 script=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shots=${4:-$work/screenshots}
rm -rf "$shots"
export XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/share"
cp -r "$packs" "$work/packs"

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} MAMORI_CHECK_LAYOUT=1 \
  sh "$(dirname "$0")/../support/in_xvfb.sh" 1280x800x24 \
  "$app" --author --packs "$work/packs" --script "$script" --screenshot-dir "$shots" 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
cat "$work/stderr" >&2
if grep -q "has no glyph" "$work/stderr"; then
  echo "some text would show as \"?\" in the window (see the warning above)" >&2
  exit 1
fi
if grep -q "mamori: layout:" "$work/stderr"; then
  echo "the author mode drew widgets over each other or cut them off (see above)" >&2
  exit 1
fi
# No learner's progress: the author mode never makes a data folder.
if [ -e "$work/share/mamori/progress" ]; then
  echo "the author mode wrote learners' progress" >&2
  exit 1
fi
echo "$(ls "$shots" | wc -l) screenshots in $shots; reload latency after each save: $(grep -o 'reloaded [0-9]* ms' "$work/stderr" | sed 's/reloaded //' | tr '\n' ' ')"
