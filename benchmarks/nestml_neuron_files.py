"""Every NESTML neuron file of a folder, installed and driven: a smoke run of real model files.

    PYTHONPATH=python python3 benchmarks/nestml_neuron_files.py NESTML/models/neurons [--json OUT.json]

Each file is installed (``Install``); two neurons of its model get Poisson input on every receptor
type (or, with one receptor, an excitatory and an inhibitory train), are recorded every 0.1 ms and
simulated for 200 ms at resolution 0.1 ms, rng_seed 5. One line per file: spikes, whether every
recorded V_m stayed finite and the last one, or the error. ``--json`` also writes the last 5 ms of
V_m per model, so that two builds can be compared (how far an integration change moved each model).
"""

import json
import math
import pathlib
import sys

import syncytium as nest


def run(path):
    nest.ResetKernel()
    nest.resolution = 0.1
    nest.set(rng_seed=5)
    model = nest.Install(str(path))[0]
    neurons = nest.Create(model, 2)
    defaults = nest.GetDefaults(model)
    receptors = sorted(set((defaults.get("receptor_types") or {}).values()))
    drive = nest.Create("poisson_generator", params={"rate": 3000.0})
    if receptors:
        for r in receptors:
            nest.Connect(drive, neurons, syn_spec={"weight": 2.0, "delay": 1.0, "receptor_type": r})
    else:
        nest.Connect(drive, neurons, syn_spec={"weight": 20.0, "delay": 1.0})
        nest.Connect(nest.Create("poisson_generator", params={"rate": 1000.0}), neurons,
                     syn_spec={"weight": -10.0, "delay": 1.0})
    recorded = [r for r in ("V_m", "V_m_s", "V_abs", "v") if r in defaults.get("recordables", [])][:1]
    meter = None
    if recorded:
        meter = nest.Create("multimeter", {"record_from": recorded, "interval": 0.1})
        nest.Connect(meter, neurons)
    spikes = nest.Create("spike_recorder")
    nest.Connect(neurons, spikes)
    nest.Simulate(200.0)
    v = [float(x) for x in meter.events[recorded[0]]] if meter is not None else []
    return {"spikes": int(spikes.n_events), "finite": all(math.isfinite(x) for x in v), "v": v[-100:]}


def main():
    folder = pathlib.Path(sys.argv[1])
    out = {}
    for path in sorted(folder.glob("*.nestml")):
        try:
            out[path.stem] = r = run(path)
            print("%-40s spikes %4d  finite %s  last V_m %s" % (path.stem, r["spikes"], r["finite"],
                                                              r["v"][-1] if r["v"] else None))
        except Exception as e:  # one line per file, the next file runs
            out[path.stem] = {"error": str(e)}
            print("%-40s error: %s" % (path.stem, str(e).splitlines()[0][:200]))
    if "--json" in sys.argv:
        pathlib.Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(out))


if __name__ == "__main__":
    main()
