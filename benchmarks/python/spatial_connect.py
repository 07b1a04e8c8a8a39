"""Spatial Connect beside NEST: a side × side grid layer on a torus onto itself, pairwise_bernoulli
with a circular mask, timed around Connect alone; NEST and Syncytium alternate, each in its own
process.

    NEST_PYTHONPATH=INSTALL/lib/python3.11/site-packages /usr/bin/python3 benchmarks/python/spatial_connect.py
        [--side 200] [--radius 0.1] [--rounds 3] [--p const|gauss]

Prints per round each side's connect seconds, connection count and the ratio (NEST / Syncytium).
Without NEST_PYTHONPATH only Syncytium runs.
"""

import argparse
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

ONE_RUN = """
import sys, time
if sys.argv[1] == "syncytium":
    import syncytium as nest
else:
    import nest
    nest.set_verbosity("M_ERROR")
side, radius, kind = int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[side, side], extent=[1.0, 1.0], edge_wrap=True))
p = 0.5 if kind == "const" else 0.5 * nest.spatial_distributions.gaussian(nest.spatial.distance, std=radius / 2)
start = time.perf_counter()
nest.Connect(layer, layer, {"rule": "pairwise_bernoulli", "p": p, "mask": {"circular": {"radius": radius}}})
print("RESULT %.3f %d" % (time.perf_counter() - start, nest.num_connections))
"""


def run(side, path, args):
    env = dict(os.environ, PYTHONPATH=path)
    out = subprocess.run([sys.executable, "-c", ONE_RUN, side, str(args.side), str(args.radius), args.p],
                         env=env, capture_output=True, text=True, timeout=3600)
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            seconds, count = line.split()[1:]
            return float(seconds), int(count)
    raise SystemExit("%s failed:\n%s" % (side, out.stderr[-2000:]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--side", type=int, default=200)
    parser.add_argument("--radius", type=float, default=0.1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--p", choices=("const", "gauss"), default="const")
    args = parser.parse_args()
    nest_path = os.environ.get("NEST_PYTHONPATH")
    for r in range(args.rounds):
        ours, our_count = run("syncytium", str(ROOT / "python"), args)
        line = "round %d: Syncytium %.2f s (%d connections)" % (r + 1, ours, our_count)
        if nest_path:
            theirs, their_count = run("nest", nest_path, args)
            line += ", NEST %.2f s (%d), ratio %.2f" % (theirs, their_count, theirs / ours)
        print(line, flush=True)


if __name__ == "__main__":
    main()
