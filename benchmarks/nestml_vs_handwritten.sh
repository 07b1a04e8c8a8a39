#!/usr/bin/env bash
# The seed network (examples/gap_junctions_inhibitory.yaml) with the hand-written hh_psc_alpha_gap and
# with the NESTML one compiled at start-up from examples/nestml/hh_psc_alpha_gap.nestml, run alternately
# REPEATS times on the same machine; prints each run's simulate time, the median ratio NESTML/hand-written,
# and the statistics of both (identical when the models agree to the bit).
#
#   benchmarks/nestml_vs_handwritten.sh [REPEATS] [--set simtime=501 ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeats="${1:-3}"
shift || true
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$root"
./syncytium --help >/dev/null # build once if needed
for ((r = 1; r <= repeats; r++)); do
    SYNCYTIUM_NO_BUILD=1 ./syncytium run examples/gap_junctions_inhibitory.yaml "$@" --out "$out/hand-$r" >/dev/null
    SYNCYTIUM_NO_BUILD=1 ./syncytium run examples/nestml/gap_junctions_inhibitory_nestml.yaml "$@" \
        --nestml examples/nestml/hh_psc_alpha_gap.nestml --out "$out/nestml-$r" >/dev/null
done
python3 - "$out" "$repeats" <<'PY'
import json, statistics, sys, pathlib
out, repeats = pathlib.Path(sys.argv[1]), int(sys.argv[2])
def load(kind, r):
    return json.loads((out / f"{kind}-{r}" / "summary.json").read_text())
hand = [load("hand", r) for r in range(1, repeats + 1)]
nestml = [load("nestml", r) for r in range(1, repeats + 1)]
print(f"{'run':>4} {'hand-written s':>15} {'NESTML s':>10} {'ratio':>7}")
ratios = []
for r, (h, n) in enumerate(zip(hand, nestml), 1):
    ratios.append(n["simulate_s"] / h["simulate_s"])
    print(f"{r:>4} {h['simulate_s']:>15.2f} {n['simulate_s']:>10.2f} {ratios[-1]:>7.3f}")
print(f"median ratio NESTML / hand-written: {statistics.median(ratios):.3f}")
for key in ("n_events", "rate_hz", "fano", "wfr_iterations_mean", "wfr_iterations_max"):
    print(f"{key:>22}: hand-written {hand[0][key]}  NESTML {nestml[0][key]}")
same = all((out / f"hand-{r}" / "spikes.csv").read_bytes() == (out / f"nestml-{r}" / "spikes.csv").read_bytes()
           for r in range(1, repeats + 1))
print("spikes.csv identical:", same)
PY
