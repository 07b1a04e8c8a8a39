#!/usr/bin/env bash
# NEST 3.10 and a warm Syncytium in paired rounds: NEST's simulate of the seed network, then
# `./syncytium bench` (one warm-up, median of 2 runs) right after it, ROUNDS times with and without
# WFR; prints each round's ratio. Pairs in time make the ratio hold on a shared host whose speed
# drifts (docs/performance.md, "Latest round"). A benchmark, not a test; writes no file.
#
#   NEST_PYTHONPATH=/path/to/nest/install/lib/python3.11/site-packages benchmarks/scripts/paired_warm.sh [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-3}"
python="${PYTHON:-/usr/bin/python3}"
[[ -n "${NEST_PYTHONPATH:-}" && -d "$NEST_PYTHONPATH/nest" ]] || { echo "paired_warm: set NEST_PYTHONPATH to the site-packages folder holding NEST's 'nest' package (benchmarks/nest/build_nest.sh)" >&2; exit 2; }
cd "$root"
./syncytium --version >/dev/null # build before the first timed run
printf '%-6s %5s %10s %14s %7s\n' mode round nest_sim_s syncytium_warm ratio
for mode in wfr nowfr; do
    nestflag=(); synflag=()
    [[ "$mode" == nowfr ]] && { nestflag=(--no-wfr); synflag=(--set use_wfr=false); }
    for ((r = 1; r <= rounds; r++)); do
        nest="$(PYTHONPATH="$NEST_PYTHONPATH" "$python" benchmarks/nest/nest_seed_network.py --neurons 500 --simtime 501 \
            --threads 2 --seed 1 ${nestflag[@]+"${nestflag[@]}"} 2>&1 | sed -n 's/.*simulate_s=\([0-9.]*\).*/\1/p' | tail -1)"
        syn="$(SYNCYTIUM_NO_BUILD=1 ./syncytium bench --warmup 1 --repetitions 2 ${synflag[@]+"${synflag[@]}"} 2>&1 \
            | sed -n 's/^simulate time *\([0-9.]*\) s median.*/\1/p')"
        [[ -n "$nest" && -n "$syn" ]] || { echo "paired_warm: a run gave no time (nest '$nest', syncytium '$syn')" >&2; exit 1; }
        printf '%-6s %5d %10s %14s %6.2fx\n' "$mode" "$r" "$nest" "$syn" "$(awk -v a="$nest" -v b="$syn" 'BEGIN {print a / b}')"
    done
done
