#!/usr/bin/env bash
# Seed network: processes x threads side by side, runs alternating so that a shared machine's
# load falls on every layout alike. Prints simulate_s (rank 0's wall time of the simulate call)
# per run and the median per layout; with SYNCYTIUM_MPI_STATS=1 the ranks also print what their
# collectives moved. A benchmark, not a test: docs/distributed.md quotes its output.
#
#   benchmarks/scripts/layouts.sh [REPEATS] [--set NAME=VALUE ...]
#   LAYOUTS="1x1 1x2 2x1" benchmarks/scripts/layouts.sh 3 --set simtime=101 --set use_wfr=false
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repeats="${1:-3}"
shift || true
layouts=(${LAYOUTS:-1x1 1x2 2x1})
scenario="${SCENARIO:-$root/examples/gap_junctions_inhibitory.yaml}"
out="$(mktemp -d "${TMPDIR:-/tmp}/syncytium-layouts.XXXXXX")"
trap 'rm -rf "$out"' EXIT
declare -A times
for ((k = 1; k <= repeats; k++)); do
    for layout in "${layouts[@]}"; do
        ranks="${layout%x*}"
        threads="${layout#*x}"
        dir="$out/$layout-$k"
        "$root/syncytium" --ranks "$ranks" run "$scenario" --out "$dir" --set "threads=$((ranks * threads))" \
            "$@" >"$out/log" 2>&1 || { cat "$out/log" >&2; exit 1; }
        grep '^mpi rank' "$out/log" >&2 || true
        s="$(sed -n 's/.*"simulate_s" *: *\([0-9.eE-]*\).*/\1/p' "$dir/summary.json" | head -1)"
        times[$layout]+="$s "
        echo "run $k  $layout (processes x threads)  simulate_s $s"
    done
done
for layout in "${layouts[@]}"; do
    median="$(tr ' ' '\n' <<<"${times[$layout]}" | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    echo "median $layout: $median s   (runs: ${times[$layout]})"
done
