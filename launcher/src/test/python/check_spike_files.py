#!/usr/bin/python3
"""Reads a run's spike files back with independent tools and compares them with spikes.csv.

    check_spike_files.py RUN_FOLDER POPULATION FIRST_NODE_ID

- spikes.h5 with h5py: the SONATA layout (/spikes/<population>/timestamps in ms, node_ids counted
  from 0 in the population, sorting by_time) and the same spikes as spikes.csv, bit for bit;
- spikes.gdf with Neo's NestIO: one SpikeTrain per observed neuron with that neuron's spike times.

Prints one line per check and exits 1 on the first difference. Run by launcher's SpikeFilesIT.
"""
import csv
import json
import sys
from collections import defaultdict

import h5py
import neo
import numpy as np
import quantities as pq


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def main(folder, population, first_id):
    with open(f"{folder}/summary.json") as f:
        summary = json.load(f)
    simtime, neurons = summary["simtime_ms"], summary["n_neurons"]
    with open(f"{folder}/spikes.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    senders = np.array([int(r["sender"]) for r in rows], dtype=np.int64)
    times = np.array([float(r["time_ms"]) for r in rows])
    if len(rows) == 0:
        fail("spikes.csv has no spikes; the check needs some")

    with h5py.File(f"{folder}/spikes.h5", "r") as h5:
        group = h5[f"/spikes/{population}"]
        sorting = group.attrs["sorting"]
        sorting = sorting.decode() if isinstance(sorting, bytes) else sorting
        units = group["timestamps"].attrs["units"]
        units = units.decode() if isinstance(units, bytes) else units
        stamps = group["timestamps"][()]
        node_ids = group["node_ids"][()]
    if sorting != "by_time" or units != "ms":
        fail(f"sorting={sorting!r} units={units!r}, expected 'by_time' and 'ms'")
    if stamps.dtype != np.float64 or node_ids.dtype.kind not in "iu":
        fail(f"dtypes {stamps.dtype}, {node_ids.dtype}: expected float64 and an integer type")
    if np.any(np.diff(stamps) < 0):
        fail("timestamps are not sorted by time")
    if not (np.array_equal(stamps, times) and np.array_equal(node_ids + first_id, senders)):
        fail("spikes.h5 differs from spikes.csv")
    print(f"OK   h5py {h5py.__version__}: spikes.h5 /spikes/{population} holds the {len(stamps)} spikes of spikes.csv"
          " (ms, by_time, 0-based node_ids)")

    ids = list(range(first_id, first_id + neurons))
    segment = neo.io.NestIO(filenames=f"{folder}/spikes.gdf").read_segment(
        gid_list=ids, t_start=0 * pq.ms, t_stop=simtime * pq.ms, id_column_gdf=0, time_column_gdf=1)
    expected = defaultdict(list)
    for s, t in zip(senders, times):
        expected[int(s)].append(t)
    if len(segment.spiketrains) != neurons:
        fail(f"Neo read {len(segment.spiketrains)} spike trains, expected {neurons}")
    for train in segment.spiketrains:
        got = np.sort(train.rescale(pq.ms).magnitude)
        want = np.sort(np.array(expected.get(int(train.annotations["id"]), [])))
        if not np.array_equal(got, want):
            fail(f"neuron {train.annotations['id']}: Neo read {got[:5]}..., spikes.csv has {want[:5]}...")
    print(f"OK   neo {neo.__version__} NestIO: spikes.gdf gives {neurons} spike trains equal to spikes.csv")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
