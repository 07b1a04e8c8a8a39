"""Two-dimensional syn_spec arrays as PyNEST takes them (all_to_all: n_target x n_sources,
fixed_indegree: n_target x indegree, fixed_outdegree: n_sources x outdegree), against NEST 3.10 run
with the same script (2026-12-03, install-full). NEST's example CampbellSiegert.py connects so."""

import numpy
import pytest

import syncytium as nest


def test_all_to_all_takes_a_target_by_source_table_as_nest():
    nest.ResetKernel()
    pre = nest.Create("iaf_psc_alpha", 2)
    post = nest.Create("iaf_psc_alpha", 3)
    w = numpy.array([[10.0 * t + s + 1 for s in range(2)] for t in range(3)])
    nest.Connect(pre, post, "all_to_all", {"weight": w, "delay": w / 10.0})
    c = nest.GetConnections(pre, post)
    got = sorted(zip(c.source, c.target, c.weight, numpy.round(c.delay, 1)))
    assert got == [(1, 3, 1.0, 0.1), (1, 4, 11.0, 1.1), (1, 5, 21.0, 2.1),
                   (2, 3, 2.0, 0.2), (2, 4, 12.0, 1.2), (2, 5, 22.0, 2.2)]


def test_degree_rules_take_a_row_per_target_or_source_as_nest():
    nest.ResetKernel()
    pre = nest.Create("iaf_psc_alpha", 4)
    post = nest.Create("iaf_psc_alpha", 2)
    nest.Connect(pre, post, {"rule": "fixed_indegree", "indegree": 3}, {"weight": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]})
    c = nest.GetConnections(pre, post)
    assert sorted(zip(c.target, c.weight)) == [(5, 1.0), (5, 2.0), (5, 3.0), (6, 4.0), (6, 5.0), (6, 6.0)]
    nest.ResetKernel()
    pre = nest.Create("iaf_psc_alpha", 2)
    post = nest.Create("iaf_psc_alpha", 4)
    nest.Connect(pre, post, {"rule": "fixed_outdegree", "outdegree": 2}, {"weight": [[1.0, 2.0], [3.0, 4.0]]})
    c = nest.GetConnections(pre, post)
    assert sorted(zip(c.source, c.weight)) == [(1, 1.0), (1, 2.0), (2, 3.0), (2, 4.0)]


def test_a_table_of_the_wrong_shape_or_for_another_rule_is_refused_before_connecting():
    nest.ResetKernel()
    pre = nest.Create("iaf_psc_alpha", 2)
    post = nest.Create("iaf_psc_alpha", 4)
    with pytest.raises(ValueError, match="4x2"):
        nest.Connect(pre, post, "all_to_all", {"weight": [[1.0, 2.0]]})
    with pytest.raises(TypeError, match="one_to_one"):
        nest.Connect(pre, post, "one_to_one", {"weight": [[1.0, 2.0]]})
    with pytest.raises(ValueError, match="4x1"):
        nest.Connect(pre, post, {"rule": "fixed_indegree", "indegree": 1}, {"weight": [[1.0], [2.0], [3.0]]})
    assert nest.num_connections == 0


def test_all_to_all_without_autapses_reads_the_table_at_each_pair():
    # NEST's table is n_targets x n_sources with the diagonal left unused when autapses are refused
    nest.ResetKernel()
    nodes = nest.Create("iaf_psc_alpha", 3)
    table = numpy.arange(9, dtype=float).reshape(3, 3)
    nest.Connect(nodes, nodes, {"rule": "all_to_all", "allow_autapses": False}, {"weight": table})
    c = nest.GetConnections()
    assert len(c) == 6
    assert all(w == table[t - 1, s - 1] for s, t, w in zip(c.source, c.target, c.weight))
