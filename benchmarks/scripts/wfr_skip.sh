#!/usr/bin/env bash
# The accuracy cost and work saved of WFR work skipping (wfr_skip_tol, docs/solvers.md) on the seed
# network: one `./syncytium run` per bound (0 = NEST's exact scheme first), then a comparison of each
# with the exact run: spikes, rate, synchrony, spike-time differences, WFR iterations, neuron-passes
# skipped, the trial passes' time and the process's CPU time. A benchmark, not a test:
# docs/performance.md quotes its output.
#
#   benchmarks/scripts/wfr_skip.sh [--out DIR] [--bounds "0 1e-4 1e-3 1e-2"] [--set NAME=VALUE ...]
#   SYNCYTIUM=/path/to/syncytium benchmarks/scripts/wfr_skip.sh --set simtime=51
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
syncytium="${SYNCYTIUM:-$root/syncytium}"
python="${PYTHON:-/usr/bin/python3}"
bounds="0 1e-4 1e-3 1e-2"
out=""
sets=()
die() { echo "wfr_skip.sh: $*" >&2; exit 2; }
while (($#)); do
    case "$1" in
        --out) [[ $# -ge 2 ]] || die "--out needs a folder"; out="$2"; shift 2 ;;
        --bounds) [[ $# -ge 2 ]] || die "--bounds needs a list such as \"0 1e-4\""; bounds="$2"; shift 2 ;;
        --set) [[ $# -ge 2 ]] || die "--set needs NAME=VALUE"; sets+=(--set "$2"); shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done
[[ "${bounds%% *}" == 0 ]] || die "--bounds must start with 0 (the exact run everything is compared with)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (Debian: apt-get install time)"
out="${out:-wfr-skip-$(date -u +%Y%m%dT%H%M%SZ)}"
if [[ -e "$out" ]] && [[ -n "$(ls -A "$out" 2>/dev/null)" ]]; then
    die "$out exists and is not empty; give a new --out folder"
fi
mkdir -p "$out"
runs=()
for bound in $bounds; do
    dir="$out/skip-$bound"
    echo "wfr_skip.sh: wfr_skip_tol=$bound ..." >&2
    if ! /usr/bin/time -f "cpu_s %U %S" -o "$dir.time" "$syncytium" run --out "$dir" --set "wfr_skip_tol=$bound" \
            ${sets[@]+"${sets[@]}"} >"$dir.log" 2>&1; then
        tail -5 "$dir.log" >&2
        die "the run with wfr_skip_tol=$bound failed"
    fi
    runs+=("$dir")
done
"$python" "$root/benchmarks/scripts/wfr_skip_compare.py" "${runs[@]}" | tee "$out/comparison.txt"
