#!/bin/sh
# Runs a command in a display of its own (Xvfb, Mesa's software OpenGL), then stops the display.
# Not xvfb-run: Debian 12's waits for Xvfb's "ready" signal with `wait`, and when the signal comes
# before the shell reaches `wait` (a loaded machine) it waits forever. Here Xvfb picks a free
# display itself and writes its number once it accepts connections (-displayfd); if it dies
# first, the read ends and this says why.
# usage: in_xvfb.sh WIDTHxHEIGHTxDEPTH COMMAND [ARGS...]
set -eu
screen=$1
shift
dir=$(mktemp -d)
xvfb=
cleanup() {
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
mkfifo "$dir/ready"
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp 3> "$dir/ready" 2> "$dir/log" &
xvfb=$!
display=
read -r display < "$dir/ready" || true
if [ -z "$display" ]; then
  echo "in_xvfb: Xvfb did not start:" >&2
  cat "$dir/log" >&2
  exit 1
fi
set +e
DISPLAY=":$display" "$@"
status=$?
set -e
exit "$status"
