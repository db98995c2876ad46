#!/bin/sh
# Compares two builds of Mamori on the same machine: runs each benchmark of both builds in
# turn, ROUNDS times (alternating which goes first, so that a machine getting warmer or busier
# favours neither), and prints the median of every figure they report (the "figure:" lines,
# tests/bench/bench_figure.hpp) side by side with the change.
# usage: tests/bench/compare_builds.sh OLD_BUILD_DIR NEW_BUILD_DIR [ROUNDS]
# e.g.   git worktree add /tmp/old v1 && cmake -S /tmp/old -B /tmp/old/build -DCMAKE_BUILD_TYPE=Release
#        -DMAMORI_BUILD_TESTS=ON && cmake --build /tmp/old/build -j2 (the same for the new tree), then
#        tests/bench/compare_builds.sh /tmp/old/build build/release 5
# Both should be Release builds; a figure only one build reports is shown with a dash.
# MAMORI_BENCHES="frame_bench:50 save_bench:100" picks benchmarks and their arguments.
set -eu
old=$1 new=$2 rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each benchmark with the arguments it runs with here: enough work for stable figures, a few
# minutes in all.
benches=${MAMORI_BENCHES:-"load_bench:3 frame_bench:200 save_bench:300 ingest_bench:2000 people_bench:100000"}

run_build() {  # BUILD LABEL
  for bench in $benches; do
    name=${bench%%:*} args=${bench#*:}
    binary=$1/tests/bench/$name
    if [ ! -x "$binary" ]; then
      echo "compare_builds: $binary is missing; skipped" >&2
      continue
    fi
    "$binary" $args 2> /dev/null | grep '^figure: ' >> "$work/$2" || echo "compare_builds: $name of $1 failed" >&2
  done
  if [ -x "$1/app/mamori" ] && [ -f "$(dirname "$0")/startup_bench.sh" ]; then
    sh "$(dirname "$0")/startup_bench.sh" "$1/app/mamori" "$1/app/mamori-tool" 3 2> /dev/null | grep '^figure: ' >> "$work/$2" || true
  fi
}

round=1
while [ "$round" -le "$rounds" ]; do
  echo "round $round of $rounds" >&2
  if [ $((round % 2)) -eq 1 ]; then run_build "$old" old; run_build "$new" new
  else run_build "$new" new; run_build "$old" old; fi
  round=$((round + 1))
done

# The median of each figure per build, then one row per figure.
touch "$work/old" "$work/new"
awk '
  function median(list,   n, i, j, t, v) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  {
    line = substr($0, 9); eq = index(line, " = "); name = substr(line, 1, eq - 1)
    split(substr(line, eq + 3), rest, " "); value = rest[1]; unit[name] = rest[2]; better[name] = rest[4]
    if (FILENAME ~ /old$/) old[name] = old[name] " " value; else new[name] = new[name] " " value
    if (!(name in seen)) { seen[name] = 1; order[++count] = name }
  }
  END {
    printf "%-58s %12s %12s %9s  %s\n", "figure (median of the rounds)", "old", "new", "change", ""
    for (k = 1; k <= count; k++) {
      name = order[k]
      o = name in old ? median(old[name]) : ""; n = name in new ? median(new[name]) : ""
      change = ""; verdict = ""
      if (o != "" && n != "" && o + 0 != 0) {
        pct = (n - o) / o * 100; change = sprintf("%+.1f%%", pct)
        gain = better[name] == "higher" ? pct : -pct
        verdict = gain > 5 ? "better" : gain < -5 ? "WORSE" : "same (within 5%)"
      }
      printf "%-58s %12s %12s %9s  %s\n", name " (" unit[name] ")", o == "" ? "-" : o, n == "" ? "-" : n, change, verdict
    }
  }' "$work/old" "$work/new"
