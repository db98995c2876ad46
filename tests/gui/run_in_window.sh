#!/bin/sh
# Replays a learner script through the real window under Xvfb (Mesa's software OpenGL), then
# checks the progress file it wrote: it verifies, and it holds the same records as the
# engine produces for the same script with `mamori-tool play`. It also fails when the font lacks a
# character the lessons or the UI use, since the window would draw it as "?".
# usage: run_in_window.sh MAMORI MAMORI_TOOL SCRIPT [SCREENSHOT_DIR]
set -eu
app=$1 tool=$2 script=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shots=${4:-$work/screenshots}
now=2026-04-01T09:00:00Z
# The font cache goes to the temporary folder too: tests never write to ~/.cache.
export XDG_CACHE_HOME="$work/cache"
"$tool" key create "$work/key" > /dev/null

# Leak checks stay off for the window: Mesa and the X libraries keep memory on purpose.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SDL_AUDIODRIVER=dummy \
  sh "$(dirname "$0")/../support/in_xvfb.sh" 1280x800x24 \
  "$app" --data-dir "$work/window" --key-file "$work/key" --user window-learner --now "$now" \
         --script "$script" --screenshot-dir "$shots" 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
cat "$work/stderr" >&2
# Every character of the shipped lessons and the UI must be in the font: none may show as "?".
if grep -q "has no glyph" "$work/stderr"; then
  echo "some text would show as \"?\" in the window (see the warning above)" >&2
  exit 1
fi
"$tool" progress verify --key-file "$work/key" "$work/window/progress/window-learner.xml"

"$tool" play --data-dir "$work/engine" --key-file "$work/key" --user window-learner --now "$now" "$script" > /dev/null
# The records must match; their save histories may not, since the window also saves where the
# learner is (a page, a question) on its way.
"$tool" progress show --key-file "$work/key" "$work/window/progress/window-learner.xml" | tail -n +2 | sed '/^history:/,$d' > "$work/window.txt"
"$tool" progress show --key-file "$work/key" "$work/engine/progress/window-learner.xml" | tail -n +2 | sed '/^history:/,$d' > "$work/engine.txt"
if ! diff -u "$work/engine.txt" "$work/window.txt"; then
  echo "the window's records differ from the engine's for $script" >&2
  exit 1
fi
echo "$(ls "$shots" | wc -l) screenshots; records identical to mamori-tool play"
