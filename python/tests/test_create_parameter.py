"""PyNEST's CreateParameter and Parameter.GetValue, as NEST 3.10 answers the same script (2026-12-03,
install-full): distributions by name with their keys, 'constant', values drawn in Python following
rng_seed, parameters usable wherever nest.random ones are."""

import numpy
import pytest

import syncytium as nest


def test_get_value_draws_from_the_distribution_and_follows_rng_seed():
    nest.ResetKernel()
    p = nest.CreateParameter("normal", {"mean": 5.0, "std": 2.0})
    v = numpy.array([p.GetValue() for _ in range(4000)])
    assert abs(v.mean() - 5.0) < 0.15 and abs(v.std() - 2.0) < 0.15  # NEST: 5.0 and 2.0 to one decimal
    lognormal = [nest.CreateParameter("lognormal", {"mean": 0.0, "std": 0.5}).GetValue() for _ in range(4000)]
    assert abs(numpy.mean(lognormal) - numpy.exp(0.125)) < 0.03  # NEST: 1.1
    assert all(x in (0.0, 1.0, 2.0) for x in (nest.CreateParameter("uniform_int", {"max": 3}).GetValue()
                                              for _ in range(50)))
    assert type(nest.random.uniform(0, 1).GetValue()) is float
    nest.ResetKernel()
    nest.rng_seed = 7
    first = [nest.random.exponential(2.0).GetValue() for _ in range(5)]
    nest.ResetKernel()
    nest.rng_seed = 7
    assert [nest.random.exponential(2.0).GetValue() for _ in range(5)] == first
    nest.rng_seed = 8
    assert [nest.random.exponential(2.0).GetValue() for _ in range(5)] != first


def test_constant_and_drawn_parameters_set_nodes_and_weights_as_nest():
    nest.ResetKernel()
    c = nest.CreateParameter("constant", {"value": -66.0})
    assert c.GetValue() == -66.0 and (2 * c + 1).GetValue() == -131.0
    n = nest.Create("iaf_psc_alpha", 3, params={"V_m": c})
    assert n.V_m == (-66.0, -66.0, -66.0)
    n.V_m = nest.CreateParameter("uniform", {"min": -70.0, "max": -60.0})
    assert all(-70 <= x < -60 for x in n.V_m) and len(set(n.V_m)) == 3
    nest.Connect(n, n, "all_to_all", {"weight": nest.CreateParameter("uniform", {"min": 1.0, "max": 2.0})})
    w = nest.GetConnections(n).weight
    assert len(w) == 9 and all(1 <= x < 2 for x in w)


def test_bad_parameters_raise_nests_errors():
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="sd"):
        nest.CreateParameter("normal", {"sd": 1.0})
    with pytest.raises(nest.NESTErrors.UndefinedName, match="foo"):
        nest.CreateParameter("foo", {})
    with pytest.raises(nest.NESTErrors.BadProperty, match="std"):  # when made, as NEST
        nest.CreateParameter("normal", {"mean": 0.0, "std": -1.0})
    with pytest.raises(nest.NESTErrors.BadProperty, match="min < max"):
        nest.random.uniform(1.0, 1.0)
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="dim"):
        nest.CreateParameter("distance", {"dim": 1})
    with pytest.raises(nest.NESTErrors.BadParameterValue, match="dimension"):
        nest.CreateParameter("position", {"dimension": 5})
    assert nest.CreateParameter("distance", {"dimension": 2}).is_spatial()
    with pytest.raises(nest.NESTErrors.BadProperty, match="needs 'max'"):
        nest.CreateParameter("uniform_int", {})
