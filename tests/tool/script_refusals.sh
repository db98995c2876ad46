#!/bin/sh
# `mamori --script` and `mamori-tool play` refuse a bad script or a wrong command line alike:
# the same SCRIPT:LINE messages and exit 1 for a script, exit 2 for a wrong --user or --now,
# never an abort; and neither creates a key, a lock or a folder. No window is needed: the app
# refuses before it would open one (with no display, a window it tried to open would fail
# the comparison).
# usage: script_refusals.sh MAMORI MAMORI_TOOL
set -u
app=$1 tool=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset MAMORI_KEY_FILE DISPLAY WAYLAND_DISPLAY
mkdir "$work/config" "$work/data" "$work/scripts"
failures=0

fail() {
  echo "FAILED: $*" >&2
  failures=$((failures + 1))
}

# refused_alike WHAT STATUS SCRIPT USER NOW: both programs exit STATUS with the same message.
refused_alike() {
  what=$1 status=$2 script=$3 user=$4 now=$5
  "$app" --script "$script" --user "$user" --now "$now" > /dev/null 2> "$work/app.err"
  app_status=$?
  "$tool" play --user "$user" --now "$now" "$script" > /dev/null 2> "$work/tool.err"
  tool_status=$?
  [ "$app_status" = "$status" ] || fail "$what: mamori --script exited $app_status, not $status"
  [ "$tool_status" = "$status" ] || fail "$what: mamori-tool play exited $tool_status, not $status"
  if [ "$status" = 2 ]; then
    # The app follows its message with its usage; the first lines must agree.
    head -n 1 "$work/app.err" | sed 's/^mamori: //' > "$work/app.first"
    head -n 1 "$work/tool.err" | sed 's/^mamori-tool play: //' > "$work/tool.first"
    diff -u "$work/tool.first" "$work/app.first" > /dev/null || fail "$what: the messages differ"
  else
    diff -u "$work/tool.err" "$work/app.err" > /dev/null || fail "$what: the messages differ"
  fi
  echo "$what: exit $app_status: $(head -n 1 "$work/app.err")"
  left=$(find "$work/config" "$work/data" -mindepth 1)
  [ -z "$left" ] || fail "$what: files were created: $left"
}

now=2026-04-01T09:00:00Z
good="$work/scripts/good.play"
printf 'open tour/how-it-works\nview all\n' > "$good"

refused_alike "a folder as the script" 1 "$work/scripts" E1 "$now"

printf 'start tour/tour-quiz seed abc\n' > "$work/scripts/seed-abc.play"
refused_alike "seed abc" 1 "$work/scripts/seed-abc.play" E1 "$now"

printf 'start tour/tour-quiz seed -1\nstart tour/tour-quiz seed 12abc\ngoto 1abc\n' > "$work/scripts/numbers.play"
refused_alike "seed -1, seed 12abc, goto 1abc" 1 "$work/scripts/numbers.play" E1 "$now"

printf 'open tour/how-it-works\nwait soon\n' > "$work/scripts/wait.play"
refused_alike "a bad wait duration" 1 "$work/scripts/wait.play" E1 "$now"

printf '#!/bin/sh\n\000\001\002\377\376\r\n\033[31m' > "$work/scripts/binary.play"
refused_alike "a binary file" 1 "$work/scripts/binary.play" E1 "$now"
grep -q "$(printf '\033')" "$work/app.err" && fail "a binary file: raw bytes were printed"

# The byte-order mark is not part of "open"; lone CRs end lines, so the mistake is on line 3.
printf '\357\273\277open tour/how-it-works\rview welcome\rfly\r' > "$work/scripts/bom-cr.play"
refused_alike "a byte-order mark and CR line ends" 1 "$work/scripts/bom-cr.play" E1 "$now"
grep -q "bom-cr.play:3: error: unknown command 'fly'" "$work/app.err" || fail "CR line ends: the mistake is not on line 3"

refused_alike "--user ../x" 2 "$good" ../x "$now"
refused_alike "--user ''" 2 "$good" "" "$now"
for bad in -001-04-01T09:00:00Z +026-04-01T09:00:00Z "2026-04-01T09:00: 0Z" 9999-12-31T23:59:59Z; do
  refused_alike "--now $bad" 2 "$good" E1 "$bad"
done

[ "$failures" = 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
