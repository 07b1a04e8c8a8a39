"""A multimeter's offset as NEST 3.10 takes it (same script on both, 2026-12-03, install-full): the first
sample at offset, then every interval; 0 keeps the multiples of the interval. NEST's values below."""

import pytest

import syncytium as nest

V_OFFSET_03 = [-69.527129, -69.290693, -68.049527, -67.07429, -66.712538, -65.068806, -65.50278, -63.25417,
               -64.408146, -61.612218, -63.41768, -60.126519]
V_OFFSET_25 = [-66.460813, -64.691219, -65.275009, -62.912514, -64.20205, -61.303076, -63.231197, -59.846795]


def _record(offset):
    nest.ResetKernel()
    nest.resolution = 0.1
    n = nest.Create("iaf_psc_alpha", 2, params={"I_e": [400.0, 600.0]})
    mm = nest.Create("multimeter", params={"record_from": ["V_m"], "interval": 1.0, "offset": offset})
    nest.Connect(mm, n)
    nest.Simulate(5.0)
    nest.Simulate(2.0)
    return mm


@pytest.mark.parametrize("offset, times, values", [
    (0.3, [0.3, 1.3, 2.3, 3.3, 4.3, 5.3], V_OFFSET_03),
    (2.5, [2.5, 3.5, 4.5, 5.5], V_OFFSET_25),
])
def test_samples_start_at_the_offset_and_follow_every_interval_as_nest(offset, times, values):
    mm = _record(offset)
    events = mm.events
    assert mm.get("offset") == offset
    assert events["times"].tolist() == pytest.approx([t for t in times for _ in (1, 2)], abs=1e-12)
    assert events["senders"].tolist() == [1, 2] * len(times)
    assert events["V_m"].tolist() == pytest.approx(values, abs=1e-6)


def test_an_offset_off_the_grid_or_negative_is_refused():
    for bad in (0.05, -1.0):
        nest.ResetKernel()
        nest.resolution = 0.1
        with pytest.raises(nest.NESTErrors.BadProperty, match="offset"):
            mm = nest.Create("multimeter", params={"offset": bad})
            nest.Connect(mm, nest.Create("iaf_psc_alpha"))
            nest.Simulate(1.0)
