"""inhomogeneous_poisson_generator. At a rate of 10 MHz every step of h = 0.1 ms draws spikes (the
mean count is 1000), so the steps that send spikes show exactly when the rate changes and when the
device is active; NEST 3.10 records the same steps for this script (2026-12-03, NEST built by
benchmarks/nest/build_nest.sh into install-dev3). At ordinary rates the counts are checked against
the Poisson mean."""

import math

import numpy
import pytest

import syncytium as nest

NEST_STEPS = [[2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 7.0, 7.1, 7.2, 7.3, 7.4, 7.5, 7.6, 7.7, 7.8, 7.9, 8.0],
              [2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 3.1]]


def test_rate_changes_and_window_fall_on_nests_steps():
    nest.ResetKernel()
    nest.resolution = 0.1
    g = nest.Create("inhomogeneous_poisson_generator",
                    params={"rate_times": [2.0, 3.0, 5.5], "rate_values": [1e7, 0.0, 1e7]})
    g2 = nest.Create("inhomogeneous_poisson_generator",
                     params={"rate_times": [1.0, 4.0], "rate_values": [1e7, 0.0], "start": 2.0, "stop": 3.0})
    sr = nest.Create("spike_recorder")
    sr2 = nest.Create("spike_recorder")
    nest.Connect(g, sr)
    nest.Connect(g2, sr2)
    nest.Simulate(4.0)
    g.set({"rate_times": [4.5, 7.0], "rate_values": [0.0, 1e7]})  # new lists replace the old from here on
    nest.Simulate(4.0)
    for recorder, expected in zip((sr, sr2), NEST_STEPS):
        assert sorted(set(numpy.round(recorder.get("events")["times"], 1).tolist())) == expected


def test_counts_follow_the_rate_per_target():
    nest.ResetKernel()
    g = nest.Create("inhomogeneous_poisson_generator", params={"rate_times": [1000.0, 2000.0],
                                                               "rate_values": [300.0, 40.0]})
    sr = nest.Create("spike_recorder")
    nest.Connect(g, sr)
    nest.Simulate(4000.0)
    t = sr.get("events")["times"]
    counts = [int(((t > a) & (t <= a + 1000.0)).sum()) for a in (0.0, 1000.0, 2000.0, 3000.0)]
    assert counts[0] == 0
    assert abs(counts[1] - 300) < 5 * math.sqrt(300)
    assert abs(counts[2] - 40) < 5 * math.sqrt(40) and abs(counts[3] - 40) < 5 * math.sqrt(40)


def test_lists_that_do_not_fit_and_negative_rates_are_refused():
    nest.ResetKernel()
    with pytest.raises(nest.kernel.BadProperty, match="rate_values"):
        nest.Create("inhomogeneous_poisson_generator", params={"rate_times": [1.0], "rate_values": [-5.0]})
    # as NEST: the lists are checked against each other when they are set, not when the run starts
    with pytest.raises(nest.kernel.BadProperty, match="rate_values"):
        nest.Create("inhomogeneous_poisson_generator", params={"rate_times": [1.0, 2.0], "rate_values": [5.0]})
    with pytest.raises(nest.kernel.BadProperty, match="rate_times"):
        nest.Create("inhomogeneous_poisson_generator", params={"rate_times": [1.0, 2.0]})
