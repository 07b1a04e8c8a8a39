#!/usr/bin/env bash
# Time and memory against network size: runs `./syncytium bench` on the seed network scaled to each
# size (random gap pairs above 500 neurons, 60 per neuron; 50 inhibitory inputs per neuron), each
# size in a fresh process so that its peak resident memory is its own, then writes
#   OUT/sizes.csv              one row per size (build, simulate, neuron-steps/s, memory, NEST 3.10)
#   OUT/sizes.png, sizes.svg   time and memory against size, with NEST 3.10's points
#   OUT/bench-N.txt            each bench's full output
# A benchmark, not a test: docs/performance.md quotes its output. Run it on a quiet machine.
#
#   benchmarks/scripts/sizes.sh [--out DIR] [--sizes "500 5000 50000 100000"] [--threads 2]
#                               [--set NAME=VALUE ...]
#   SYNCYTIUM=/path/to/syncytium benchmarks/scripts/sizes.sh --sizes "500 2000" --out /tmp/sizes
#
# Simulated time per size, as in NEST's reference timings: 501 ms at 500 neurons, 51 ms at 5,000,
# 11 ms above (SIMTIMES="500:501 5000:51" overrides, N:MS pairs). Warm-up and repetitions: one
# warm-up and 3 timed runs up to 5,000 neurons, one warm-up and one timed run above (REPS="N:W:R ...").
# JAVA_OPTS (e.g. -Xmx2g) is passed to the JVM; the default heap sizing is the JVM's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
syncytium="${SYNCYTIUM:-$root/syncytium}"
python="${PYTHON:-/usr/bin/python3}"
reference="$root/benchmarks/nest-3.10-timings.csv"
sizes="500 5000 50000 100000"
threads=2
out=""
sets=()
die() { echo "sizes.sh: $*" >&2; exit 2; }
while (($#)); do
    case "$1" in
        --out) [[ $# -ge 2 ]] || die "--out needs a folder"; out="$2"; shift 2 ;;
        --sizes) [[ $# -ge 2 ]] || die "--sizes needs a list such as \"500 5000\""; sizes="$2"; shift 2 ;;
        --threads) [[ $# -ge 2 ]] || die "--threads needs a number"; threads="$2"; shift 2 ;;
        --set) [[ $# -ge 2 ]] || die "--set needs NAME=VALUE"; sets+=(--set "$2"); shift 2 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done
for n in $sizes; do
    [[ "$n" =~ ^[1-9][0-9]*$ && "$n" -ge 2 ]] || die "--sizes: '$n' is not a network size >= 2"
done
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || die "--threads: '$threads' is not a positive number"
"$python" -c 'import matplotlib' 2>/dev/null || die "$python has no matplotlib (Debian: apt-get install python3-matplotlib)"
[[ -x "$syncytium" ]] || die "$syncytium is not executable"
if [[ -z "$out" ]]; then
    out="sizes-$(date -u +%Y%m%dT%H%M%SZ)"
fi
if [[ -e "$out" ]] && [[ -n "$(ls -A "$out" 2>/dev/null)" ]]; then
    die "$out exists and is not empty; give a new --out folder"
fi
mkdir -p "$out"

simtime_for() { # N -> ms
    local pair
    for pair in ${SIMTIMES:-}; do
        [[ "${pair%%:*}" == "$1" ]] && { echo "${pair#*:}"; return; }
    done
    if (( $1 == 500 )); then echo 501; elif (( $1 <= 5000 )); then echo 51; else echo 11; fi
}
reps_for() { # N -> "warmup repetitions"
    local triple rest
    for triple in ${REPS:-}; do
        if [[ "${triple%%:*}" == "$1" ]]; then rest="${triple#*:}"; echo "${rest%%:*} ${rest#*:}"; return; fi
    done
    if (( $1 <= 5000 )); then echo "1 3"; else echo "1 1"; fi
}

logs=()
for n in $sizes; do
    ms="$(simtime_for "$n")"
    read -r warmup repetitions <<<"$(reps_for "$n")"
    log="$out/bench-$n.txt"
    echo "sizes.sh: $n neurons, $ms ms, $warmup warm-up + $repetitions timed run(s) ..." >&2
    if ! "$syncytium" bench --neurons "$n" --simtime "$ms" --threads "$threads" --warmup "$warmup" \
            --repetitions "$repetitions" --compare "$reference" ${sets[@]+"${sets[@]}"} >"$log" 2>"$out/bench-$n.err"; then
        echo "sizes.sh: bench failed for $n neurons:" >&2
        tail -5 "$out/bench-$n.err" >&2
        exit 1
    fi
    [[ -s "$out/bench-$n.err" ]] || rm -f "$out/bench-$n.err"
    logs+=("$log")
done
"$python" "$root/benchmarks/scripts/sizes_plot.py" --reference "$reference" --out "$out" "${logs[@]}"
