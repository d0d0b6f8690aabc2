#!/usr/bin/env bash
# Measures how long `./samverkan up` takes on an installed machine, from a stopped system to
# /health/ready, without a Maven build. Usage: benchmarks/startup-time.sh [runs]   (default 3)
# Leaves the system stopped. Prints one line per run and the median.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
times=()
./samverkan down >/dev/null
for ((i = 1; i <= runs; i++)); do
    line="$(SAMVERKAN_SKIP_BUILD=1 ./samverkan up | grep -E 'ready in [0-9.]+ s')"
    t="$(grep -oE '[0-9]+\.[0-9]+' <<<"$line")"
    times+=("$t")
    printf 'run %d: ready in %s s\n' "$i" "$t"
    ./samverkan down >/dev/null
done
median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')"
printf 'startup (database and application stopped before each run), median of %d: %s s\n' "$runs" "$median"
