"""nest.random parameters with arithmetic on numbers and uniform_int, as NEST's scripts write them
(NEST's clustered network sets V_th = V_th_E - 20 * nest.random.lognormal(0, 1); its multisynapse Brunel
example draws receptor numbers with nest.random.uniform_int(max) + 1)."""

import numpy
import pytest

import syncytium as nest


def test_each_draw_is_scaled_and_shifted_from_the_same_stream():
    nest.ResetKernel()
    nest.rng_seed = 11
    plain = nest.Create("iaf_psc_alpha", 500)
    plain.I_e = nest.random.lognormal(0.0, 1.0)
    drawn = numpy.array(plain.I_e)
    nest.ResetKernel()
    nest.rng_seed = 11
    shifted = nest.Create("iaf_psc_alpha", 500)
    shifted.I_e = 300.0 - 20 * nest.random.lognormal(0.0, 1.0)
    numpy.testing.assert_allclose(numpy.array(shifted.I_e), 300.0 - 20 * drawn, rtol=1e-13)


def test_means_and_ranges_follow_the_arithmetic():
    nest.ResetKernel()
    nest.rng_seed = 3
    n = nest.Create("iaf_psc_alpha", 20000)
    n.I_e = 100.0 * nest.random.uniform(0.9, 1.1)
    i_e = numpy.array(n.I_e)
    assert 90.0 <= i_e.min() and i_e.max() < 110.0
    n.V_m = -(nest.random.normal(60.0, 2.0)) / 2.0 - 40.0  # mean -70, std 1
    v = numpy.array(n.V_m)
    assert v.mean() == pytest.approx(-70.0, abs=0.03) and v.std() == pytest.approx(1.0, abs=0.03)
    n.C_m = nest.random.uniform_int(5) * 10 + 200
    counts = numpy.unique(numpy.array(n.C_m), return_counts=True)
    assert counts[0].tolist() == [200.0, 210.0, 220.0, 230.0, 240.0]
    assert all(abs(c - 4000) < 260 for c in counts[1])  # 4 standard deviations


def test_per_connection_values_take_arithmetic_too():
    nest.ResetKernel()
    a = nest.Create("iaf_psc_alpha", 100)
    b = nest.Create("iaf_psc_alpha", 100)
    nest.Connect(a, b, {"rule": "fixed_indegree", "indegree": 50},
                 {"weight": 2 * nest.random.exponential(3.0) + 1, "delay": 1.0 + nest.random.uniform_int(3) * 0.1})
    c = nest.GetConnections(a, b)
    w = numpy.array(c.weight)
    assert w.min() >= 1.0 and w.mean() == pytest.approx(7.0, rel=0.05)
    assert sorted(set(numpy.round(numpy.array(c.delay), 10).tolist())) == [1.0, 1.1, 1.2]


def test_what_is_not_supported_says_so():
    with pytest.raises(TypeError, match="exponent must be a number"):
        nest.random.uniform() ** nest.random.normal()
    with pytest.raises(TypeError, match="not this operator"):
        2 ** nest.random.uniform()
    with pytest.raises(TypeError):
        nest.random.uniform() + "1"
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.kernel.BadProperty, match="whole number"):
        n.C_m = nest.random.uniform_int(2.5)
    assert n.C_m == (250.0, 250.0)
