#!/bin/sh
# A learner completes the tour in the real window (Xvfb) with --sync pointing at the test
# server, as a role that may only push; HR's ingest then finds the file in the inbox, verified.
# usage: window_sync.sh MAMORI MAMORI_TOOL SERVER_URI SCRIPT
set -eu
app=$1 tool=$2 server=$3 script=$4
work=$(mktemp -d)
db=mamori_window_sync_$$
role=mamori_window_pc_$$
uri=$(printf '%s' "$server" | sed "s|:///postgres?|:///$db?|")
pc=$(printf '%s' "$uri" | sed "s|user=mamori|user=$role|")
cleanup() {
  psql -q "$server" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $role" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -q "$server" -c "CREATE DATABASE $db" -c "CREATE ROLE $role LOGIN" > /dev/null
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
"$tool" key create "$work/key" > /dev/null
mkdir -p "$work/hr/progress"
hr() { "$tool" records "$@" --db "$uri" --data-dir "$work/hr" --key-file "$work/key"; }
hr ingest > /dev/null                 # the index's tables, the inbox among them
hr allow-sync "$role" > /dev/null

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SDL_AUDIODRIVER=dummy \
  sh "$(dirname "$0")/../support/in_xvfb.sh" 1280x800x24 \
  "$app" --data-dir "$work/pc" --key-file "$work/key" --user E1 --now 2026-04-01T09:00:00Z \
         --script "$script" --sync "$pc" --mute 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }

out=$(hr ingest)
echo "$out"
echo "$out" | grep -q "pushed by learners' PCs: " || { echo "nothing arrived in the inbox" >&2; exit 1; }
valid=$(psql -At "$uri" -c "SELECT count(*) FROM files WHERE learner_id = 'E1' AND status = 'valid'")
[ "$valid" = 1 ] || { echo "E1's pushed file is not in the index as valid" >&2; exit 1; }
# The PC's credentials cannot read what HR holds.
if psql -At "$pc" -c "SELECT count(*) FROM files" > /dev/null 2>&1; then
  echo "the PC's role can read the index" >&2
  exit 1
fi
[ -z "$(ls "$work/state/mamori/outbox" 2>/dev/null)" ] || { echo "the outbox still holds work" >&2; exit 1; }
echo "the window pushed E1's file; HR's ingest verified it"
