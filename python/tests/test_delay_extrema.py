"""min_delay and max_delay set by the user before connecting, as in NEST: rounded outward to the grid,
binding every delay, and the run's communication interval whatever the connections are."""

import numpy
import pytest

import syncytium as nest


def trace(min_delay=None):
    nest.ResetKernel()
    if min_delay is not None:
        nest.set(min_delay=min_delay, max_delay=2.0)
    neuron = nest.Create("iaf_psc_alpha")
    voltmeter = nest.Create("voltmeter", params={"interval": 0.1})
    dc = nest.Create("dc_generator", params={"amplitude": 1000.0})
    nest.Connect(voltmeter, neuron, syn_spec={"delay": 2.0})
    nest.Connect(dc, neuron, syn_spec={"delay": 2.0})
    nest.Simulate(10.5)
    assert nest.min_delay == (2.0 if min_delay is None else min_delay)
    return voltmeter.events["times"], voltmeter.events["V_m"]


@pytest.mark.parametrize("min_delay", [0.1, 0.3, 0.6, 2.0])
def test_a_set_min_delay_changes_the_slices_not_the_trace(min_delay):
    times, v = trace()
    times_set, v_set = trace(min_delay)
    # the multimeter hands on the samples of finished slices, so a shorter slice shows more of them
    assert len(times_set) >= len(times) > 80
    numpy.testing.assert_array_equal(times_set[:len(times)], times)
    numpy.testing.assert_array_equal(v_set[:len(v)], v)
    assert v[-1] > v[0]  # the current arrived


def test_set_extrema_are_rounded_outward_and_bind_every_delay():
    nest.set(min_delay=0.81, max_delay=1.49)
    assert (nest.min_delay, nest.max_delay) == (0.8, 1.5)
    n = nest.Create("iaf_psc_alpha")
    nest.Connect(n, n, "one_to_one", {"delay": 0.81})
    nest.Connect(n, n, "one_to_one", {"delay": 1.49})
    with pytest.raises(nest.NESTErrors.BadDelay, match="at least min_delay"):
        nest.Connect(n, n, "one_to_one", {"delay": 0.7})
    with pytest.raises(nest.NESTErrors.BadDelay, match="at most max_delay"):
        nest.Connect(n, n, "one_to_one", {"delay": 1.6})
    with pytest.raises(nest.NESTErrors.BadDelay, match="at most max_delay"):
        nest.GetConnections(n, n)[0].set(delay=2.0)
    with pytest.raises(nest.NESTErrors.BadProperty, match="before connections have been created"):
        nest.set(min_delay=0.5, max_delay=1.0)
    assert nest.GetKernelStatus("num_connections") == 2


def test_extrema_go_together_and_not_below_the_resolution():
    with pytest.raises(nest.NESTErrors.BadProperty, match="together with max_delay"):
        nest.min_delay = 0.5
    with pytest.raises(nest.NESTErrors.BadDelay, match="at least the resolution"):
        nest.SetKernelStatus({"min_delay": 0.05, "max_delay": 1.0})
    nest.SetKernelStatus({"resolution": 0.1, "min_delay": 2.1, "max_delay": 12.3})
    nest.resolution = 1.0
    assert (nest.min_delay, nest.max_delay) == (2.0, 13.0)


@pytest.mark.parametrize("delay", [0.81, 0.8499, 2.1])
def test_delays_read_as_the_kernel_keeps_them(delay):
    n = nest.Create("iaf_psc_alpha", 2)
    steps = int(delay / 0.1 + 0.5)
    fresh = nest.Connect(n[0], n[0], "one_to_one", {"delay": delay}, return_synapsecollection=True)
    changed = nest.Connect(n[1], n[1], "one_to_one", return_synapsecollection=True)
    changed.delay = delay
    # whole steps, read back as the decimal a user writes (21 steps of 0.1 ms are 2.1)
    assert fresh.delay == changed.delay == [0.8, 0.8, 2.1][[0.81, 0.8499, 2.1].index(delay)]
    # the extrema only widen: the second connection had the default delay of 1 ms before the change
    assert (nest.min_delay, nest.max_delay) == (min(steps, 10) / 10, max(steps, 10) / 10)
