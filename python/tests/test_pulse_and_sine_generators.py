"""pulsepacket_generator and sinusoidal_poisson_generator. Without spread a packet is deterministic:
NEST 3.10 (2026-12-03, NEST built by benchmarks/nest/build_nest.sh into install-dev2) records the times
below for the same script. With spread, and for the sinusoidal rate, the draws are statistical: the
checks compare with the distributions NEST's documentation defines."""

import math

import numpy
import pytest

import syncytium as nest

# NEST 3.10: pulse_times [10.0, 4.0, 30.03], activity 3, sdev 0, h = 0.1 ms
NEST_PACKET_TIMES = [4.1, 4.1, 4.1, 10.1, 10.1, 10.1, 30.2, 30.2, 30.2]


def test_packets_without_spread_are_nests():
    nest.ResetKernel()
    nest.resolution = 0.1
    pp = nest.Create("pulsepacket_generator", params={"pulse_times": [10.0, 4.0, 30.03], "activity": 3, "sdev": 0.0})
    sr = nest.Create("spike_recorder")
    nest.Connect(pp, sr)
    nest.Simulate(55.0)
    assert numpy.round(sr.get("events")["times"], 1).tolist() == NEST_PACKET_TIMES
    assert pp.get("pulse_times").tolist() == [4.0, 10.0, 30.03]


def test_a_packet_scatters_normally_and_is_drawn_once_over_several_simulate_calls():
    nest.ResetKernel()
    nest.resolution = 0.1
    pp = nest.Create("pulsepacket_generator", params={"pulse_times": [60.0], "activity": 4000, "sdev": 3.0})
    sr = nest.Create("spike_recorder")
    nest.Connect(pp, sr)
    for _ in range(6):
        nest.Simulate(20.0)  # one packet, however the time is cut
    t = sr.get("events")["times"]
    assert len(t) == 4000
    assert t.mean() == pytest.approx(60.05, abs=4 * 3.0 / math.sqrt(4000))  # times are ends of steps
    assert t.std() == pytest.approx(3.0, rel=0.05)


def _phase_counts(individual):
    nest.ResetKernel()
    nest.resolution = 0.1
    nest.SetDefaults("sinusoidal_poisson_generator", {"individual_spike_trains": individual})
    sp = nest.Create("sinusoidal_poisson_generator", params={"rate": 100.0, "amplitude": 150.0, "frequency": 5.0,
                                                             "phase": 90.0})
    sr = nest.Create("spike_recorder")
    nest.Connect(sp, sr)
    nest.Simulate(20000.0)
    phase = numpy.mod(sr.get("events")["times"] * 5.0 / 1000.0 + 0.25, 1.0)
    return numpy.histogram(phase, bins=8, range=(0, 1))[0]


@pytest.mark.parametrize("individual", [True, False])
def test_the_rate_follows_the_clipped_sine(individual):
    counts = _phase_counts(individual)
    expected = []
    for b in range(8):  # 20 s of max(0, 100 + 150 sin(2 pi phase)) Hz over each eighth of the period
        n = 1000
        mean = sum(max(0.0, 100.0 + 150.0 * math.sin(2 * math.pi * (b + (k + 0.5) / n) / 8)) for k in range(n)) / n
        expected.append(mean * 20.0 / 8)
    for got, want in zip(counts, expected):
        assert abs(got - want) < 5 * math.sqrt(want) + 1, (counts.tolist(), expected)
    assert counts[5] + counts[6] < 0.05 * sum(expected)  # the clipped part of the period is nearly silent
