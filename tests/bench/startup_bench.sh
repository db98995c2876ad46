#!/bin/sh
# Start-up and memory of the learner's app (issue 13): starts `mamori` under Xvfb RUNS times
# with an empty font cache (cold) and RUNS times with the cache filled (warm), each closing
# itself after a few frames (MAMORI_QUIT_AFTER_FRAMES), and prints the median time to the
# first frame and resident memory after the frames, with the target, the ratio to it and the
# best run. It asserts nothing: figures depend on the machine. Use a Release build for real figures:
#   tests/bench/startup_bench.sh build/release/app/mamori build/release/app/mamori-tool 7
# usage: startup_bench.sh MAMORI MAMORI_TOOL [RUNS]
set -eu
app=$1 tool=$2 runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" key create "$work/key" > /dev/null
frames=5
first_frame_target=250   # ms
memory_target=130        # MB

# One start: prints "MS MB" (first frame after MS, resident memory after the frames in MB).
start_once() {
  cache=$1
  XDG_CACHE_HOME="$cache" MAMORI_REPORT=1 MAMORI_QUIT_AFTER_FRAMES=$frames SDL_AUDIODRIVER=dummy \
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
    sh "$(dirname "$0")/../support/in_xvfb.sh" 1280x800x24 \
    "$app" --data-dir "$work/data" --key-file "$work/key" --settings "$work/settings.xml" --user E1 2> "$work/stderr" ||
    { cat "$work/stderr" >&2; exit 1; }
  ms=$(sed -n 's/^mamori: first frame after \([0-9.]*\) ms.*/\1/p' "$work/stderr")
  mb=$(sed -n 's/^mamori: resident memory after [0-9]* frames: \([0-9.]*\) MB.*/\1/p' "$work/stderr")
  [ -n "$ms" ] && [ -n "$mb" ] || { echo "no start-up report from $app:" >&2; cat "$work/stderr" >&2; exit 1; }
  echo "$ms $mb"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The median is the figure; the best run shows what a quiet machine gives when others load it.
line() {  # NAME VALUES UNIT TARGET
  m=$(echo "$2" | median)
  b=$(echo "$2" | sort -n | head -1)
  awk -v n="$1" -v m="$m" -v b="$b" -v u="$3" -v t="$4" -v r="$runs" \
    'BEGIN { printf "%-26s median %7.1f %s, best %7.1f  (target %d %s, ratio %.2f; %d runs)\n", n, m, u, b, t, u, m / t, r
             printf "figure: %s, median = %.4g %s (lower is better)\n", n, m, u }'   # for compare_builds.sh
}

cold="" warm=""
i=0
while [ "$i" -lt "$runs" ]; do
  rm -rf "$work/cold-cache"
  cold="$cold$(start_once "$work/cold-cache")
"
  i=$((i + 1))
done
start_once "$work/warm-cache" > /dev/null   # fills the cache
i=0
while [ "$i" -lt "$runs" ]; do
  warm="$warm$(start_once "$work/warm-cache")
"
  i=$((i + 1))
done
grep "first frame after" "$work/stderr" | sed 's/^/last warm start: /'
cold=$(printf %s "$cold" | sed '/^$/d') warm=$(printf %s "$warm" | sed '/^$/d')
line "first frame, cold cache" "$(echo "$cold" | cut -d' ' -f1)" ms $first_frame_target
line "first frame, warm cache" "$(echo "$warm" | cut -d' ' -f1)" ms $first_frame_target
line "resident memory, cold" "$(echo "$cold" | cut -d' ' -f2)" MB $memory_target
line "resident memory, warm" "$(echo "$warm" | cut -d' ' -f2)" MB $memory_target
