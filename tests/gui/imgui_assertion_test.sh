#!/bin/sh
# A Dear ImGui assertion in the window must fail the run it happens in, with a message, rather
# than abort silently: MAMORI_TEST_IMGUI_ASSERT makes the app end a window it never began
# on its first frame (honoured only with --script), which ImGui asserts on.
# usage: imgui_assertion_test.sh MAMORI MAMORI_TOOL SCRIPT
set -u
app=$1 tool=$2 script=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
"$tool" key create "$work/key" > /dev/null || exit 1

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SDL_AUDIODRIVER=dummy MAMORI_TEST_IMGUI_ASSERT=1 \
  sh "$(dirname "$0")/../support/in_xvfb.sh" 1280x800x24 \
  "$app" --data-dir "$work/data" --key-file "$work/key" --user window-learner --now 2026-04-01T09:00:00Z \
         --script "$script" --mute 2> "$work/stderr"
status=$?
cat "$work/stderr" >&2
fail() { echo "FAILED: $*" >&2; exit 1; }
[ "$status" -eq 3 ] || fail "exit status $status, expected 3"
grep -q "Dear ImGui assertion failed: .*End() too many times" "$work/stderr" || fail "no message naming the assertion"
grep -q "at .*imgui.*:[0-9]" "$work/stderr" || fail "no FILE:LINE"
grep -q "while replaying .*$(basename "$script").*signing in" "$work/stderr" || fail "the script and its step are not named"
echo "an ImGui assertion ended the run with status 3 and its message"
