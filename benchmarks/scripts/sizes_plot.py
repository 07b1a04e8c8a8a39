#!/usr/bin/python3
"""Reads the outputs of `syncytium bench` (one per network size, written by sizes.sh) and writes
sizes.csv and a figure (PNG and SVG) of time and memory against network size, with NEST 3.10's
points from the reference file (columns nest_simulate_s and nest_peak_rss_mb).

    sizes_plot.py --reference benchmarks/nest-3.10-timings.csv --out DIR bench-500.txt bench-5000.txt ...
"""
import argparse
import csv
import os
import re
import sys

FIELDS = ["neurons", "simtime_ms", "case", "build_s", "simulate_s", "simulate_min_s", "simulate_max_s", "runs",
          "neuron_steps_per_s", "us_per_neuron_ms", "wfr_iterations_mean", "spikes", "connections",
          "peak_rss_mib", "network_heap_mb", "bytes_per_neuron", "bytes_per_connection",
          "nest_simulate_s", "nest_peak_rss_mb", "nest_over_syncytium"]

NUMBER = r"([0-9][0-9.eE+-]*)"


def fail(message):
    print("sizes_plot.py: " + message, file=sys.stderr)
    sys.exit(2)


def parse_bench(path):
    """The summary lines of one bench output, as numbers."""
    with open(path, encoding="utf-8") as f:
        text = f.read()

    def find(pattern, what):
        m = re.search(pattern, text, re.MULTILINE)
        if not m:
            fail(f"{path}: no '{what}' line in the bench output (did the bench finish?)")
        return m

    row = {}
    header = find(r"^syncytium bench: .*?, (\d+) neurons, " + NUMBER + r" ms", "syncytium bench:")
    row["neurons"] = int(header.group(1))
    row["simtime_ms"] = float(header.group(2))
    row["case"] = find(r"^case\s+(\S+)", "case").group(1)
    row["build_s"] = float(find(r"^build time\s+" + NUMBER + " s", "build time").group(1))
    sim = find(r"^simulate time\s+" + NUMBER + r" s median \(" + NUMBER + "-" + NUMBER + r", (\d+) runs\)",
               "simulate time")
    row["simulate_s"], row["simulate_min_s"], row["simulate_max_s"] = (float(sim.group(k)) for k in (1, 2, 3))
    row["runs"] = int(sim.group(4))
    row["neuron_steps_per_s"] = float(find(r"^neuron-steps/s\s+" + NUMBER, "neuron-steps/s").group(1))
    row["us_per_neuron_ms"] = row["simulate_s"] * 1e6 / (row["neurons"] * row["simtime_ms"])
    wfr = re.search(r"^WFR iterations\s+" + NUMBER + " mean", text, re.MULTILINE)
    row["wfr_iterations_mean"] = float(wfr.group(1)) if wfr else ""
    row["spikes"] = int(float(find(r"^spikes\s+" + NUMBER, "spikes").group(1)))
    rss = re.search(r"^peak memory\s+" + NUMBER + " MiB", text, re.MULTILINE)
    row["peak_rss_mib"] = float(rss.group(1)) if rss else ""
    heap = find(r"^network heap\s+" + NUMBER + r" MB .*?: " + NUMBER + r" B per neuron, or " + NUMBER
                + r" B per connection \(" + NUMBER + " connections", "network heap")
    row["network_heap_mb"] = float(heap.group(1))
    row["bytes_per_neuron"] = float(heap.group(2))
    row["bytes_per_connection"] = float(heap.group(3))
    row["connections"] = int(float(heap.group(4)))
    return row


def read_reference(path):
    """case -> {column: value} from the reference CSV ('#' lines are comments)."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    table = {}
    for record in csv.DictReader(lines):
        case = record.pop("case").strip()
        table[case] = {k.strip(): float(v) for k, v in record.items() if v is not None and v.strip()}
    return table


def plot(rows, out):
    import matplotlib
    import matplotlib.ticker
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [r["neurons"] for r in rows]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6))
    nest = [r for r in rows if r["nest_simulate_s"] != ""]

    ax = axes[0]
    ax.plot(n, [r["simulate_s"] for r in rows], "o-", color="C0", label="Syncytium (median)")
    ax.errorbar(n, [r["simulate_s"] for r in rows],
                yerr=[[r["simulate_s"] - r["simulate_min_s"] for r in rows],
                      [r["simulate_max_s"] - r["simulate_s"] for r in rows]], fmt="none", color="C0", capsize=3)
    if nest:
        ax.plot([r["neurons"] for r in nest], [r["nest_simulate_s"] for r in nest], "s--", color="C3",
                label="NEST 3.10 (-O3 native)")
    for r in rows:
        ax.annotate(f"{r['simtime_ms']:g} ms", (r["neurons"], r["simulate_s"]), textcoords="offset points",
                    xytext=(4, -12), fontsize=8)
    ax.set_title("simulate time (simulated time per point)")
    ax.set_ylabel("wall time of simulate (s)")

    ax = axes[1]
    ax.plot(n, [r["us_per_neuron_ms"] for r in rows], "o-", color="C0", label="Syncytium")
    if nest:
        ax.plot([r["neurons"] for r in nest],
                [r["nest_simulate_s"] * 1e6 / (r["neurons"] * r["simtime_ms"]) for r in nest], "s--", color="C3",
                label="NEST 3.10")
    ax.set_title("cost per neuron and simulated ms (flat = linear in N)")
    ax.set_ylabel("µs of wall time per neuron per ms")

    ax = axes[2]
    rss = [r for r in rows if r["peak_rss_mib"] != ""]
    ax.plot([r["neurons"] for r in rss], [r["peak_rss_mib"] * 1.048576 for r in rss], "o-", color="C0",
            label="Syncytium peak RSS (whole process)")
    ax.plot(n, [r["network_heap_mb"] for r in rows], "^:", color="C2", label="Syncytium network heap")
    nest_mem = [r for r in rows if r["nest_peak_rss_mb"] != ""]
    if nest_mem:
        ax.plot([r["neurons"] for r in nest_mem], [r["nest_peak_rss_mb"] for r in nest_mem], "s--", color="C3",
                label="NEST 3.10 peak RSS")
    ax.set_title("memory")
    ax.set_ylabel("MB (10^6 bytes)")

    plain = matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:,.0f}")
    for ax in axes:
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.xaxis.set_major_formatter(plain)
        ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:g}"))
        ax.set_xlabel("neurons (hh_psc_alpha_gap, 60 gap junctions each)")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Seed network scaled: 2 threads, WFR, 0.3 nS (benchmarks/scripts/sizes.sh)")
    fig.tight_layout()
    for ext in ("png", "svg"):
        fig.savefig(os.path.join(out, "sizes." + ext), dpi=110)
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("bench", nargs="+")
    args = parser.parse_args()
    reference = read_reference(args.reference)
    rows = sorted((parse_bench(path) for path in args.bench), key=lambda r: r["neurons"])
    for r in rows:
        ref = reference.get(r["case"], {})
        r["nest_simulate_s"] = ref.get("nest_simulate_s", "")
        r["nest_peak_rss_mb"] = ref.get("nest_peak_rss_mb", "")
        r["nest_over_syncytium"] = (round(r["nest_simulate_s"] / r["simulate_s"], 3)
                                    if r["nest_simulate_s"] != "" else "")
    with open(os.path.join(args.out, "sizes.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    plot(rows, args.out)
    for r in rows:
        print(f"{r['neurons']:>7} neurons {r['simtime_ms']:>5g} ms: build {r['build_s']:.2f} s, simulate "
              f"{r['simulate_s']:.2f} s, {r['neuron_steps_per_s']:.3g} neuron-steps/s, peak RSS "
              f"{r['peak_rss_mib']} MiB, {r['bytes_per_neuron']:.0f} B/neuron, "
              f"{r['bytes_per_connection']:.1f} B/connection"
              + (f"; NEST {r['nest_simulate_s']} s ({r['nest_over_syncytium']}x)" if r["nest_simulate_s"] != "" else ""))
    print("wrote " + ", ".join(os.path.join(args.out, f) for f in ("sizes.csv", "sizes.png", "sizes.svg")))


if __name__ == "__main__":
    main()
