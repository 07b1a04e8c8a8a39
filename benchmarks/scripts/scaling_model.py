#!/usr/bin/env python3
"""Performance model of a distributed Syncytium run (docs/distributed.md, "Performance model").

Per millisecond of biological time on P nodes (one rank per node, C cores each):

  compute  = N * c / (P * C * e)              c: core-seconds per neuron and ms, measured here
  rounds   = collectives per ms               WFR: (I + 1) waveform + 2 spike + 1 constant per slice
  latency  = rounds * alpha * ceil(log2 P)    recursive doubling / ring start-up
  volume   = bytes each rank receives per ms  (all-gather: everything every rank sends)
  comm     = latency + volume * (P - 1) / P / beta     (0 on one node)
  time     = compute + comm

Constants measured on this machine are passed in (defaults: the figures in docs/distributed.md);
the interconnect (alpha, beta) is an assumption stated with the table.
"""
import argparse
import math


def per_ms(n, p, scheme, a):
    if scheme == "wfr":
        c, slices, iters = a.c_wfr, 1.0 / a.d_wfr_ms, a.iterations
        wave = 8 * a.d_steps * (a.order + 1) * n * iters * slices + 8 * n * slices
        rounds = slices * (iters + 1 + 2)
    else:
        c, slices = a.c_step, 1.0 / a.h_ms
        wave = 8 * n * slices
        rounds = slices * 3
    spikes = 8 * n * a.rate_hz * 1e-3 + 4 * p * slices
    compute = n * c / (p * a.cores * a.efficiency)
    if p == 1:
        return compute, 0.0
    volume = wave + spikes
    comm = rounds * a.alpha * math.ceil(math.log2(p)) + volume * (p - 1) / p / a.beta
    return compute, comm


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--c-wfr", type=float, default=3.27e-5, help="core-s per neuron per ms with WFR")
    ap.add_argument("--c-step", type=float, default=6.79e-6, help="core-s per neuron per ms, stepwise")
    ap.add_argument("--iterations", type=float, default=5.9, help="WFR trial passes per slice")
    ap.add_argument("--d-steps", type=int, default=20, help="steps per WFR slice")
    ap.add_argument("--d-wfr-ms", type=float, default=1.0, help="WFR slice in ms")
    ap.add_argument("--h-ms", type=float, default=0.05, help="resolution in ms (stepwise slice)")
    ap.add_argument("--order", type=int, default=3, help="WFR interpolation order")
    ap.add_argument("--rate-hz", type=float, default=30.0, help="mean firing rate")
    ap.add_argument("--cores", type=int, default=64, help="cores per node")
    ap.add_argument("--efficiency", type=float, default=0.9, help="thread efficiency within a node")
    ap.add_argument("--alpha", type=float, default=2e-6, help="s per collective round and log2 step")
    ap.add_argument("--beta", type=float, default=12.5e9, help="bytes/s received per node")
    a = ap.parse_args()
    nodes = [1, 2, 4, 8, 16, 32, 64]
    print("strong scaling: seconds of wall time per second of biological time (compute + communication)")
    for n in [1_000, 10_000, 100_000, 1_000_000]:
        for scheme in ["wfr", "stepwise"]:
            cells = []
            for p in nodes:
                comp, comm = per_ms(n, p, scheme, a)
                cells.append(f"{(comp + comm) * 1e3:9.3g}")
            print(f"N={n:>9,} {scheme:>8}: " + " ".join(cells) + "   (P = " + ", ".join(map(str, nodes)) + ")")
    print("\nweak scaling: 15,625 neurons per node (1,000,000 on 64 nodes); s per biological s, comm share")
    for scheme in ["wfr", "stepwise"]:
        cells = []
        for p in nodes:
            comp, comm = per_ms(15_625 * p, p, scheme, a)
            cells.append(f"{(comp + comm) * 1e3:7.3g} ({comm / (comp + comm):4.0%})")
        print(f"{scheme:>8}: " + " ".join(cells))


if __name__ == "__main__":
    main()
