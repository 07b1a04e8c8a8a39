"""nest.random parameters combined with each other, compared, and chosen between with nest.logic.conditional,
as NEST 3.10's Parameter does (its test_parameter_operators passes unchanged): each value is computed by the
kernel, per node or per connection, from that node's or connection's one stream."""

import numpy
import pytest

import syncytium as nest


def _values(parameter, n=4000, seed=5, threads=1):
    """``parameter`` drawn for n nodes' I_e (which the model keeps as set; V_m it keeps relative to E_L)."""
    nest.ResetKernel()
    nest.set(rng_seed=seed, local_num_threads=threads)
    nodes = nest.Create("iaf_psc_alpha", n)
    nodes.I_e = parameter
    return numpy.array(nodes.I_e)


def test_sum_of_two_draws_has_the_triangular_distribution_and_ignores_threads():
    u = nest.random.uniform(0.0, 1.0)
    total = _values(u + u, n=20000)
    assert total.min() >= 0.0 and total.max() < 2.0
    assert total.mean() == pytest.approx(1.0, abs=0.012)  # 4 standard errors of 0.0029
    assert total.var() == pytest.approx(1.0 / 6.0, abs=0.01)
    assert numpy.array_equal(_values(u + u, n=20000, threads=2), total)
    plain = _values(u, n=20000)
    assert not numpy.array_equal(total, 2 * plain), "two draws per node, not one doubled"


def test_arithmetic_with_numbers_is_the_same_floating_point_sequence_as_nests():
    u = nest.random.uniform(-1.0, 1.0)
    drawn = _values(u)
    # the first draw is the plain parameter's; constants draw nothing, so each step is one IEEE operation
    assert numpy.array_equal(_values((u * 10.0 - 3.0) / 7.0), (drawn * 10.0 - 3.0) / 7.0)
    assert numpy.array_equal(_values(2.0 - u), drawn * -1.0 + 2.0)  # NEST: p * (-1) + x
    numpy.testing.assert_allclose(_values(3.0 / (u + 2.0)), (drawn + 2.0) ** -1 * 3.0, rtol=1e-15)
    numpy.testing.assert_allclose(_values(u ** 3), drawn ** 3, rtol=1e-15)


def test_comparisons_and_conditional_choose_per_connection():
    nest.ResetKernel()
    nest.rng_seed = 9
    a = nest.Create("iaf_psc_alpha", 100)
    u = nest.random.uniform(0.0, 1.0)
    nest.Connect(a, a, "all_to_all", {"weight": nest.logic.conditional(u < 0.25, 1.0, 2.0 + u),
                                      "delay": nest.logic.conditional(u >= 0.5, 1.5, 2.5)})
    c = nest.GetConnections(a, a)
    w = numpy.array(c.weight)
    d = numpy.array(c.delay)
    ones = numpy.count_nonzero(w == 1.0)
    assert abs(ones - 2500) < 4 * 43  # binomial(10000, 0.25): standard deviation 43
    others = w[w != 1.0]
    assert others.min() >= 2.0 and others.max() < 3.0 and others.mean() == pytest.approx(2.5, abs=0.01)
    assert sorted(set(d.tolist())) == [1.5, 2.5] and abs(numpy.count_nonzero(d == 1.5) - 5000) < 4 * 50


def test_get_value_of_comparisons_is_one_or_zero():
    nest.ResetKernel()
    c31 = nest.CreateParameter("constant", {"value": 31.0})
    assert [(c31 < 5).GetValue(), (5 < c31).GetValue(), (c31 == 31).GetValue(), (c31 != c31).GetValue()] == \
        [0.0, 1.0, 1.0, 0.0]
    assert (c31 / 5).GetValue() == 31 / 5 and (31 / (c31 - 26)).GetValue() == 31 / 5
    assert nest.logic.conditional(c31 > 30, -70.0, nest.random.uniform()).GetValue() == -70.0
    assert 0.0 <= nest.logic.conditional(c31 > 32, -70.0, nest.random.uniform()).GetValue() < 1.0


def test_redraw_applies_to_the_whole_expression_before_it():
    bounded = _values(nest.math.redraw(nest.random.normal(0.0, 1.0) + nest.random.normal(0.0, 1.0), min=-0.5, max=0.5))
    assert bounded.min() >= -0.5 and bounded.max() <= 0.5 and bounded.std() > 0.2


def test_errors_name_the_part_and_the_target():
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.kernel.BadProperty, match=r"beta > 0 required, got beta=-1\.0"):
        nest.random.exponential(-1.0)  # refused when made, as NEST
    # and by the kernel, naming the target, for an expression made past those checks
    with pytest.raises(nest.kernel.BadProperty, match=r"V_m.*exponential: beta = -1\.0 must be > 0"):
        n.V_m = nest.random.uniform() + nest.random.Parameter("exponential", -1.0)
    assert n.V_m == (-70.0, -70.0)
    with pytest.raises(TypeError, match="condition must be a nest.random parameter"):
        nest.logic.conditional(True, 1.0, 2.0)
    with pytest.raises(TypeError, match="param_if_false must be a number or a parameter"):
        nest.logic.conditional(nest.random.uniform() < 0.5, 1.0, "2")
    with pytest.raises(TypeError):
        {nest.random.uniform(): 1}  # == makes a parameter, so a parameter is no dictionary key (as in PyNEST)


def test_repr_reads_as_the_expression():
    u = nest.random.uniform(0.0, 1.0)
    assert repr(nest.logic.conditional(u < 0.5, 2 * u, -1.0)) == \
        "nest.logic.conditional((nest.random.uniform(0.0, 1.0) < 0.5), (nest.random.uniform(0.0, 1.0) * 2.0), -1.0)"
    assert repr(1.0 / u) == "((nest.random.uniform(0.0, 1.0) ** -1.0) * 1.0)"


def test_a_rules_number_may_be_a_constant_or_a_drawn_parameter():
    nest.ResetKernel()
    n = nest.Create("iaf_psc_alpha", 3)
    nest.Connect(n, n, {"rule": "fixed_indegree", "indegree": nest.CreateParameter("constant", {"value": 2.0})})
    nest.Connect(n, n, {"rule": "pairwise_bernoulli", "p": nest.CreateParameter("constant", {"value": 0.5}) * 2})
    assert nest.num_connections == 6 + 9
    # drawn per pair (p) and per node (indegree), as NEST
    many = nest.Create("parrot_neuron", 100)
    nest.Connect(many, many, {"rule": "pairwise_bernoulli", "p": nest.random.uniform(0.0, 0.4)})
    made = nest.num_connections - 15
    assert abs(made - 0.2 * 10000) < 5 * (10000 * 0.2 * 0.8) ** 0.5
    targets = nest.Create("parrot_neuron", 50)
    nest.Connect(many, targets, {"rule": "fixed_indegree", "indegree": nest.random.normal(5.0, 0.1)})
    assert nest.num_connections - 15 - made == 250  # 5 each: every draw rounds to 5


def test_numpy_numbers_on_the_left_build_parameters_too():
    nest.ResetKernel()
    u = nest.CreateParameter("constant", {"value": 0.75})
    assert isinstance(numpy.float64(0.5) < u, nest.random.Parameter)  # not numpy's True for a truthy object
    assert (numpy.float64(0.5) < u).GetValue() == 1.0 and (numpy.float64(0.5) > u).GetValue() == 0.0
    assert (numpy.float64(2.0) - u).GetValue() == 1.25 and (numpy.int64(3) * u).GetValue() == 2.25
