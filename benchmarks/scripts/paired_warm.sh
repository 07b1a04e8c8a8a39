#!/usr/bin/env bash
# NEST 3.10 and a warm Syncytium in paired rounds: NEST's simulate of the gallery network, then
# `./syncytium bench` (warm-up runs until the JIT is quiet, `--settle`, then the median of 2 timed
# runs) right after it, ROUNDS times per case; SETTLE=0 times after one warm-up only, as rounds
# before 2026-12-04 did (the second simulator of a process still shares the cores with the JIT);
# prints each round's ratio and, at the end, each case's median. Pairs in time make the ratio hold
# on a shared host whose speed drifts (docs/performance.md, "Paired, alternating, warm").
# A benchmark, not a test; writes no file.
#
#   NEST_PYTHONPATH=/path/to/nest/install/lib/python3.11/site-packages benchmarks/scripts/paired_warm.sh [ROUNDS]
#   CASES="500:501:wfr 500:501:nowfr 5000:51:wfr 50000:11:wfr" ... (neurons:simtime_ms:wfr|nowfr;
#   default: the seed network with and without WFR). Sizes other than 500 draw random gap pairs on
#   both sides; above 5,000 neurons Syncytium's bench times one run after its warm-up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-3}"
cases=(${CASES:-500:501:wfr 500:501:nowfr})
python="${PYTHON:-/usr/bin/python3}"
[[ -n "${NEST_PYTHONPATH:-}" && -d "$NEST_PYTHONPATH/nest" ]] || { echo "paired_warm: set NEST_PYTHONPATH to the site-packages folder holding NEST's 'nest' package (benchmarks/nest/build_nest.sh)" >&2; exit 2; }
cd "$root"
./syncytium --version >/dev/null # build before the first timed run
# the middle value, or the mean of the two middle values of an even count
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
declare -A ratios
printf '%-16s %5s %10s %14s %7s\n' case round nest_sim_s syncytium_warm ratio
for c in "${cases[@]}"; do
    IFS=: read -r n simtime mode <<<"$c"
    nestflag=(); synflag=(--neurons "$n" --simtime "$simtime")
    [[ "$mode" == nowfr ]] && { nestflag=(--no-wfr); synflag+=(--set use_wfr=false); }
    reps=2; ((n > 5000)) && reps=1
    settle=(--settle); [[ "${SETTLE:-1}" == 0 ]] && settle=()
    for ((r = 1; r <= rounds; r++)); do
        nest="$(PYTHONPATH="$NEST_PYTHONPATH" "$python" benchmarks/nest/nest_seed_network.py --neurons "$n" --simtime "$simtime" \
            --threads 2 --seed 1 ${nestflag[@]+"${nestflag[@]}"} 2>&1 | sed -n 's/.*simulate_s=\([0-9.]*\).*/\1/p' | tail -1)"
        syn="$(SYNCYTIUM_NO_BUILD=1 ./syncytium bench --warmup 1 ${settle[@]+"${settle[@]}"} --repetitions "$reps" "${synflag[@]}" 2>&1 \
            | sed -n 's/^simulate time *\([0-9.]*\) s median.*/\1/p')"
        [[ -n "$nest" && -n "$syn" ]] || { echo "paired_warm: a run gave no time (nest '$nest', syncytium '$syn')" >&2; exit 1; }
        ratio="$(awk -v a="$nest" -v b="$syn" 'BEGIN {printf "%.2f", a / b}')"
        ratios["$c"]+="$ratio "
        printf '%-16s %5d %10s %14s %6sx\n' "$c" "$r" "$nest" "$syn" "$ratio"
    done
done
echo
for c in "${cases[@]}"; do
    printf '%-16s median ratio %sx of %d rounds\n' "$c" "$(median "${ratios["$c"]}")" "$rounds"
done
