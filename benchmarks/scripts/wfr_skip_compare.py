#!/usr/bin/python3
"""Compares runs of the seed network with WFR work skipping against the exact run (the first
folder): spikes, rate, synchrony, spike-time differences, WFR iterations, skipped neuron-passes,
time of the trial passes and CPU time of the process (the .time file written by wfr_skip.sh).

    wfr_skip_compare.py EXACT_DIR SKIP_DIR ...
"""
import bisect
import csv
import json
import os
import statistics
import sys


def load(folder):
    with open(os.path.join(folder, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    trains = {}
    with open(os.path.join(folder, "spikes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            trains.setdefault(int(row["sender"]), []).append(float(row["time_ms"]))
    for times in trains.values():
        times.sort()
    cpu = float("nan")
    try:
        with open(folder + ".time", encoding="utf-8") as f:
            for line in f:
                if line.startswith("cpu_s"):
                    user, system = line.split()[1:3]
                    cpu = float(user) + float(system)
    except OSError:
        pass
    return summary, trains, cpu


def differences(exact, other):
    """Spikes reproduced exactly, the first time the two differ, and |dt| to the nearest spike of the
    same neuron in the exact run for every spike of the other run."""
    same = 0
    first_difference = float("inf")
    nearest = []
    for node in set(exact) | set(other):
        a = exact.get(node, [])
        b = other.get(node, [])
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        same += k
        if k < max(len(a), len(b)):
            first_difference = min(first_difference, min(x[k] for x in (a, b) if k < len(x)))
        for t in b:
            if a:
                i = bisect.bisect_left(a, t)
                nearest.append(min(abs(t - a[j]) for j in (i - 1, i) if 0 <= j < len(a)))
    return same, first_difference, nearest


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    folders = sys.argv[1:]
    base_summary, base_trains, base_cpu = load(folders[0])
    base_kernel = base_summary["kernel"]
    n_base = base_summary["n_events"]
    print(f"exact run: {folders[0]}: {n_base} spikes, {base_summary['rate_hz']:.3f} Hz, chi "
          f"{base_summary.get('synchrony_chi')}, WFR {base_summary['wfr_iterations_mean']:.3f} per interval, "
          f"trial passes {base_kernel['time_wfr_trial']:.2f} s, simulate {base_summary['simulate_s']:.2f} s, "
          f"CPU {base_cpu:.1f} s")
    header = ("wfr_skip_tol", "skipped", "spikes", "rate_hz", "chi", "wfr_mean", "same_spikes", "first_diff_ms",
              "dt_median_ms", "dt_p95_ms", "trial_s_ratio", "simulate_ratio", "cpu_ratio")
    print(" | ".join(header))
    for folder in folders:
        summary, trains, cpu = load(folder)
        kernel = summary["kernel"]
        skipped = kernel.get("wfr_skipped_neuron_passes", 0)
        total = skipped + kernel.get("wfr_trial_neuron_passes", 0)
        same, first, nearest = differences(base_trains, trains)
        chi = summary.get("synchrony_chi")
        print(" | ".join([
            f"{kernel.get('wfr_skip_tol', 0):g}",
            f"{skipped / total:.2%}" if total else "-",
            f"{summary['n_events']} ({summary['n_events'] - n_base:+d})",
            f"{summary['rate_hz']:.3f}",
            f"{chi:.4f}" if isinstance(chi, (int, float)) else "-",
            f"{summary['wfr_iterations_mean']:.3f}",
            f"{same}/{n_base}",
            "none" if first == float("inf") else f"{first:g}",
            f"{statistics.median(nearest):.3g}" if nearest else "-",
            f"{sorted(nearest)[int(0.95 * (len(nearest) - 1))]:.3g}" if nearest else "-",
            f"{kernel['time_wfr_trial'] / base_kernel['time_wfr_trial']:.3f}",
            f"{summary['simulate_s'] / base_summary['simulate_s']:.3f}",
            f"{cpu / base_cpu:.3f}",
        ]))


if __name__ == "__main__":
    main()
