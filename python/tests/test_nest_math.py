"""PyNEST's nest.math (exp, sin, cos, min, max, redraw) on nest.random parameters, as NEST 3.10
answers the same script (2026-12-03, install-full): node parameters and connection weights and
delays drawn by the kernel through the functions, redraw's bounds and its error after 1000 draws,
the same values on one thread and on two."""

import math

import numpy
import pytest

import syncytium as nest


def _v_m(parameter, threads=1, n=2000):
    nest.ResetKernel()
    nest.local_num_threads = threads
    nest.rng_seed = 7
    return numpy.array(nest.Create("iaf_psc_alpha", n, params={"V_m": parameter}).V_m)


def test_redraw_keeps_values_within_its_bounds_and_does_not_depend_on_threads():
    bounded = nest.math.redraw(nest.random.normal(-70.0, 5.0), min=-72.0, max=-66.0)
    v = _v_m(bounded)
    assert v.min() >= -72.0 and v.max() <= -66.0
    assert round(v.mean(), 1) == -69.1  # NEST 3.10 with its own streams: -69.1 as well
    assert numpy.array_equal(v, _v_m(bounded, threads=2))
    # a first draw within the bounds is kept: where the plain draw fits, the values are the same
    plain = _v_m(nest.random.normal(-70.0, 5.0))
    fits = (plain >= -72.0) & (plain <= -66.0)
    assert fits.sum() > 500 and numpy.array_equal(v[fits], plain[fits])


def test_functions_apply_to_each_draw_in_order():
    u = nest.random.uniform(-80.0, -60.0)
    drawn = _v_m(u)
    assert numpy.array_equal(_v_m(nest.math.min(u, -70.0)), numpy.minimum(drawn, -70.0))
    assert numpy.array_equal(_v_m(nest.math.max(u, -70.0)), numpy.maximum(drawn, -70.0))
    numpy.testing.assert_allclose(_v_m(nest.math.cos(u) * 10.0 - 70.0), numpy.cos(drawn) * 10.0 - 70.0, rtol=1e-15)
    numpy.testing.assert_allclose(_v_m(nest.math.sin(u + 70.0) - 70.0), numpy.sin(drawn + 70.0) - 70.0, rtol=1e-15)
    numpy.testing.assert_allclose(_v_m(-nest.math.exp((u + 80.0) / 10.0) - 60.0),
                                  -numpy.exp((drawn + 80.0) / 10.0) - 60.0, rtol=1e-14)
    assert repr(nest.math.cos(nest.random.normal()) * 2.0 - 1.0) == \
        "((nest.math.cos(nest.random.normal(0.0, 1.0)) * 2.0) - 1.0)"


def test_connection_weights_and_delays_through_functions():
    nest.rng_seed = 3
    a = nest.Create("iaf_psc_alpha", 50)
    nest.Connect(a, a, {"rule": "fixed_indegree", "indegree": 20},
                 {"weight": nest.math.max(nest.random.normal(10.0, 5.0), 5.0),
                  "delay": nest.math.redraw(nest.random.normal(1.5, 0.5), min=1.0, max=2.0)})
    c = nest.GetConnections(a, a)
    w, d = numpy.array(c.weight), numpy.array(c.delay)
    assert w.min() == 5.0 and 0.1 < numpy.mean(w == 5.0) < 0.25  # P(N(10, 5) < 5) = 0.16
    assert d.min() >= 1.0 and d.max() <= 2.0


def test_errors_as_nest():
    impossible = nest.math.redraw(nest.random.uniform(0.0, 1.0), min=5.0, max=6.0)
    with pytest.raises(nest.kernel.KernelException, match="1000 draws"):  # NEST: KernelException
        nest.Create("iaf_psc_alpha", 3, params={"V_m": impossible})
    with pytest.raises(nest.kernel.KernelException, match="1000 draws"):
        impossible.GetValue()
    with pytest.raises(TypeError, match="nest.random parameter"):
        nest.math.exp(1.0)
    with pytest.raises(nest.kernel.BadProperty, match="min"):
        nest.math.redraw(nest.random.uniform(), min=2.0, max=1.0)


def test_get_value_applies_the_functions():
    nest.rng_seed = 11
    values = [nest.math.redraw(nest.random.normal(0.0, 1.0), min=-0.5, max=0.5).GetValue() for _ in range(300)]
    assert all(-0.5 <= x <= 0.5 for x in values) and len(set(values)) > 250
    assert math.isclose(nest.math.exp(nest.CreateParameter("constant", {"value": 2.0})).GetValue(), math.exp(2.0))
