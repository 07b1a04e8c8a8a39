#!/usr/bin/env bash
# NEST 3.10 and Syncytium side by side on one machine: the gallery network at the same sizes,
# simulated times and thread counts, whole processes alternating (NEST, Syncytium, NEST, ...) so
# that whatever else the machine does falls on both alike. A benchmark, not a test:
# docs/performance.md quotes its output.
#
#   NEST_PYTHONPATH=/path/to/nest/install/lib/python3.11/site-packages benchmarks/scripts/side_by_side.sh [ROUNDS]
#   CASES="500:501:wfr 500:501:nowfr" ... (neurons:simtime_ms:wfr|nowfr; default below)
#
# NEST runs benchmarks/nest/nest_seed_network.py (the gallery script, print_time off, Simulate
# timed alone); Syncytium runs `./syncytium run` with the same parameters (500 neurons use NEST's
# numpy gap pairs, other sizes draw theirs from the seed). Each row: simulate_s (the simulate call
# alone), whole_s (process start to exit), peak RSS (GNU time's maximum resident set), spikes.
# Prints a table of medians at the end; writes nothing but its own temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-3}"
cases=(${CASES:-500:501:wfr 500:501:nowfr 5000:51:wfr 50000:11:wfr})
threads="${THREADS:-2}"
python="${PYTHON:-/usr/bin/python3}"
[[ -n "${NEST_PYTHONPATH:-}" && -d "$NEST_PYTHONPATH/nest" ]] || { echo "side_by_side: set NEST_PYTHONPATH to the site-packages folder holding NEST's 'nest' package (benchmarks/nest/build_nest.sh)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "side_by_side: GNU time (/usr/bin/time, Debian package 'time') is needed for peak memory" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/syncytium-side-by-side.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$root/syncytium" --version >/dev/null   # build the distribution before the first timed run

json() { sed -n "s/.*\"$1\" *: *\([0-9.eE+-]*\).*/\1/p" "$2" | head -1; }
# the middle value, or the mean of the two middle values of an even count
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
declare -A col
printf '%-22s %-9s %5s %10s %8s %9s %7s\n' case engine round simulate_s whole_s peak_MiB spikes
for ((k = 1; k <= rounds; k++)); do
    for c in "${cases[@]}"; do
        IFS=: read -r n simtime mode <<<"$c"
        wfr=true; nestflag=""
        [[ "$mode" == nowfr ]] && { wfr=false; nestflag="--no-wfr"; }
        pairs=random; [[ "$n" == 500 ]] && pairs=file

        line="$( (PYTHONPATH="$NEST_PYTHONPATH" /usr/bin/time -f 'peak_kib=%M' "$python" \
            "$root/benchmarks/nest/nest_seed_network.py" --neurons "$n" --simtime "$simtime" \
            --threads "$threads" --seed 1 $nestflag) 2>&1 | tr '\n' ' ' || true)"
        sim="$(sed -n 's/.*simulate_s=\([0-9.]*\).*/\1/p' <<<"$line")"
        whole="$(sed -n 's/.*whole_s=\([0-9.]*\).*/\1/p' <<<"$line")"
        peak="$(sed -n 's/.*peak_kib=\([0-9]*\).*/\1/p' <<<"$line")"
        spikes="$(sed -n 's/.*spikes=\([0-9]*\).*/\1/p' <<<"$line")"
        [[ -n "$sim" && -n "$peak" ]] || { echo "NEST failed: $line" >&2; exit 1; }
        printf '%-22s %-9s %5d %10.2f %8.2f %9.0f %7d\n' "$c" nest "$k" "$sim" "$whole" "$((peak / 1024))" "$spikes"
        col["$c nest sim"]+="$sim "; col["$c nest whole"]+="$whole "; col["$c nest peak"]+="$((peak / 1024)) "

        out="$work/run-$k-$n-$mode"
        start=$(date +%s.%N)
        /usr/bin/time -f 'peak_kib=%M' -o "$work/time" "$root/syncytium" run --out "$out" \
            --set "n_neuron=$n" --set "simtime=$simtime" --set "threads=$threads" --set "use_wfr=$wfr" \
            --set "gap_pairs=$pairs" --set seed=1 >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
        whole="$(echo "$(date +%s.%N) - $start" | bc)"
        peak="$(sed -n 's/.*peak_kib=\([0-9]*\).*/\1/p' "$work/time")"
        sim="$(json simulate_s "$out/summary.json")"
        spikes="$(json n_events "$out/summary.json")"
        printf '%-22s %-9s %5d %10.2f %8.2f %9.0f %7d\n' "$c" syncytium "$k" "$sim" "$whole" "$((peak / 1024))" "$spikes"
        col["$c syn sim"]+="$sim "; col["$c syn whole"]+="$whole "; col["$c syn peak"]+="$((peak / 1024)) "
        rm -rf "$out"
    done
done
echo
echo "medians of $rounds rounds ($threads threads):"
printf '%-22s %12s %12s %7s %12s %12s %9s %9s\n' case nest_sim syn_sim ratio nest_whole syn_whole nest_MiB syn_MiB
for c in "${cases[@]}"; do
    ns="$(median "${col["$c nest sim"]}")"; ss="$(median "${col["$c syn sim"]}")"
    printf '%-22s %12.2f %12.2f %6.2fx %12.2f %12.2f %9s %9s\n' "$c" "$ns" "$ss" "$(echo "$ns / $ss" | bc -l)" \
        "$(median "${col["$c nest whole"]}")" "$(median "${col["$c syn whole"]}")" \
        "$(median "${col["$c nest peak"]}")" "$(median "${col["$c syn peak"]}")"
done
