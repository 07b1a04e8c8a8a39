"""Spatial networks as PyNEST has them: layers, positions, masks, spatial parameters and distributions,
spatial connect rules, the query and dump functions and the plots. Expected values are computed here from
the positions (geometry), not taken from the implementation."""

import math
import os

import numpy
import pytest

import syncytium as nest


def _pairs(connections):
    return list(zip(connections.source, connections.target)) if len(connections) else []


def test_grid_positions_follow_nests_order_and_box():
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[3, 2], extent=[3.0, 2.0],
                                                                      center=[1.0, 0.0]))
    # columns left to right, within a column rows top to bottom; cells of 1 x 1 around (1, 0)
    expected = [[0.0, 0.5], [0.0, -0.5], [1.0, 0.5], [1.0, -0.5], [2.0, 0.5], [2.0, -0.5]]
    assert numpy.allclose(nest.GetPosition(layer), expected)
    assert nest.GetPosition(layer[2]) == pytest.approx([1.0, 0.5])
    spatial = layer.spatial  # numpy arrays, as NEST 3.10's
    assert spatial["shape"].tolist() == [3, 2] and spatial["extent"].tolist() == [3.0, 2.0]
    assert spatial["center"].tolist() == [1.0, 0.0]
    assert spatial["network_size"] == 6 and spatial["edge_wrap"] is False and "positions" not in spatial
    assert nest.Create("iaf_psc_alpha", 3).spatial is None


def test_free_positions_their_box_and_bad_specifications():
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.free([[0.1, 0.2], [0.9, -0.4], [0.5, 0.0]]))
    assert layer.spatial["positions"][1].tolist() == [0.9, -0.4]
    assert layer.spatial["extent"].tolist() == [1.0, 1.0]  # the bounding box 0.8 x 0.6 rounded up
    assert layer.spatial["center"] == pytest.approx((0.5, -0.1))
    drawn = nest.Create("iaf_psc_alpha", 20, positions=nest.spatial.free(nest.random.uniform(-1.0, 1.0),
                                                                            extent=[2.0, 2.0, 2.0]))
    points = numpy.array(nest.GetPosition(drawn))
    assert points.shape == (20, 3) and numpy.all(numpy.abs(points) <= 1.0) and len(numpy.unique(points)) == 60
    with pytest.raises(nest.NESTErrors.BadProperty, match="same number of coordinates"):
        nest.Create("iaf_psc_alpha", positions=nest.spatial.free([[0.1, 0.1], [0.2, 0.2, 0.2]]))
    with pytest.raises(nest.NESTErrors.BadProperty, match="outside of layer"):
        nest.Create("iaf_psc_alpha", positions=nest.spatial.free([[0.0, 0.0], [3.0, 0.0]], extent=[1.0, 1.0]))
    with pytest.raises(nest.NESTErrors.BadProperty, match="length 2 or 3"):
        nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[4]))
    with pytest.raises(nest.NESTErrors.TypeMismatch, match="edge_wrap"):
        nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[2, 2], edge_wrap=3))
    with pytest.raises(TypeError, match="positions"):
        nest.Create("iaf_psc_alpha", positions=[[0.0, 0.0]])


def test_node_parameters_read_their_own_position():
    layer = nest.Create("iaf_psc_alpha", params={"V_m": -70.0 + 10.0 * nest.spatial.pos.x},
                        positions=nest.spatial.grid(shape=[4, 1], extent=[4.0, 1.0]))
    assert layer.V_m == pytest.approx((-85.0, -75.0, -65.0, -55.0))
    with pytest.raises(nest.NESTErrors.KernelException, match="dimension"):
        layer.set(V_m=nest.spatial.pos.z)
    with pytest.raises(nest.NESTErrors.KernelException, match="only be used when connecting"):
        layer.set(V_m=nest.spatial.distance)


def test_mask_and_distance_dependent_probability_weight_and_delay():
    nest.rng_seed = 5
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[10, 10], extent=[1.0, 1.0]))
    nest.Connect(layer, layer,
                 {"rule": "pairwise_bernoulli", "mask": {"circular": {"radius": 0.25}},
                  "p": nest.spatial_distributions.gaussian(nest.spatial.distance, std=0.15)},
                 {"weight": 1.0 + nest.spatial.distance, "delay": 1.0 + 10.0 * nest.spatial.distance.x})
    connections = nest.GetConnections()
    sources, targets = numpy.array(connections.source), numpy.array(connections.target)
    distances = numpy.array(connections.distance)
    assert len(connections) > 100 and distances.max() <= 0.25 + 1e-12
    positions = numpy.array(nest.GetPosition(layer))
    dx = numpy.abs(positions[targets - 1, 0] - positions[sources - 1, 0])
    assert numpy.allclose(connections.weight, 1.0 + distances)
    steps = numpy.round((1.0 + 10.0 * dx) / 0.1) * 0.1  # delays on the 0.1 ms grid
    assert numpy.allclose(connections.delay, steps)
    # nearer pairs are more likely: the fraction connected at distance 0.1 exceeds that at 0.2
    candidates = [(s, t) for s in range(1, 101) for t in range(1, 101)]
    d_all = numpy.array([numpy.linalg.norm(positions[s - 1] - positions[t - 1]) for s, t in candidates])
    near = numpy.isclose(distances, 0.1).sum() / numpy.isclose(d_all, 0.1).sum()
    far = numpy.isclose(distances, 0.2).sum() / numpy.isclose(d_all, 0.2).sum()
    expected_near, expected_far = math.exp(-0.01 / 0.045), math.exp(-0.04 / 0.045)
    assert abs(near - expected_near) < 0.15 and abs(far - expected_far) < 0.15 and near > far


def test_edge_wrap_masks_reach_across_the_edge():
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[5, 1], extent=[1.0, 1.0],
                                                                      edge_wrap=True))
    # targets 0.2 to the right of each source (rows of one node): the last node's target is the first
    nest.Connect(layer, layer, {"rule": "pairwise_bernoulli", "p": 1.0,
                                "mask": {"rectangular": {"lower_left": [0.1, -0.1], "upper_right": [0.3, 0.1]}}})
    assert sorted(_pairs(nest.GetConnections())) == [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)]
    assert nest.Distance(layer[0], layer[4]) == pytest.approx([0.2])
    assert nest.Displacement(layer[0], layer[4])[0] == pytest.approx([0.2, 0.0])  # NEST: from - to, wrapped
    with pytest.raises(nest.NESTErrors.BadProperty, match="allow_oversized_mask"):
        nest.Connect(layer, layer, {"rule": "pairwise_bernoulli", "mask": {"circular": {"radius": 0.6}}})


def test_degree_rules_draw_inside_the_mask():
    nest.rng_seed = 3
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[6, 6], extent=[1.2, 1.2]))
    nest.Connect(layer, layer, {"rule": "fixed_indegree", "indegree": 3, "allow_autapses": False,
                                "allow_multapses": False, "mask": {"circular": {"radius": 0.3}},
                                "p": nest.spatial_distributions.exponential(nest.spatial.distance, beta=0.1)})
    connections = nest.GetConnections()
    assert len(connections) == 108  # a corner has 3 nodes within 0.3 (spacing 0.2), the others more
    assert max(connections.distance) <= 0.3 + 1e-12 and min(connections.distance) > 0
    assert all(list(connections.target).count(t) == 3 for t in layer.global_id)
    with pytest.raises(nest.NESTErrors.KernelException, match="not enough sources"):
        nest.Connect(layer, layer, {"rule": "fixed_indegree", "indegree": 20, "allow_multapses": False,
                                    "mask": {"circular": {"radius": 0.25}}})


def test_use_on_source_may_connect_neurons_to_a_recorder_layer():
    neurons = nest.Create("parrot_neuron", positions=nest.spatial.grid(shape=[2, 2]))
    recorders = nest.Create("spike_recorder", positions=nest.spatial.grid(shape=[1, 1]))
    nest.Connect(neurons, recorders, {"rule": "pairwise_bernoulli", "p": 1.0, "use_on_source": True})
    assert sorted(nest.GetConnections(target=recorders).source) == [1, 2, 3, 4]
    with pytest.raises(nest.NESTErrors.IllegalConnection, match="cannot target a recorder"):
        nest.Connect(neurons, recorders, {"rule": "pairwise_bernoulli", "p": 1.0})


def test_pairwise_poisson_counts_every_pair():
    nest.rng_seed = 2
    a = nest.Create("parrot_neuron", 60)
    b = nest.Create("parrot_neuron", 60)
    nest.Connect(a, b, {"rule": "pairwise_poisson", "pairwise_avg_num_conns": 0.5})
    n = nest.num_connections
    assert abs(n - 1800) < 5 * math.sqrt(1800)
    with pytest.raises(nest.NESTErrors.BadProperty, match="Multapses"):
        nest.Connect(a, b, {"rule": "pairwise_poisson", "pairwise_avg_num_conns": 0.5, "allow_multapses": False})


def test_spatial_connect_errors_name_the_problem():
    plain = nest.Create("iaf_psc_alpha", 4)
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[2, 2]))
    with pytest.raises(TypeError, match="spatial information"):
        nest.Connect(plain, plain, {"rule": "pairwise_bernoulli", "p": 1.0, "mask": {"circular": {"radius": 1.0}}})
    with pytest.raises(ValueError, match="all_to_all"):
        nest.Connect(layer, layer, {"rule": "all_to_all", "mask": {"circular": {"radius": 1.0}}})
    with pytest.raises(ValueError, match="coordinate"):
        nest.Connect(layer, layer, syn_spec={"weight": nest.spatial.distance.z})
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry):
        nest.Connect(layer, layer, {"rule": "pairwise_bernoulli", "mask": {"circular": {"radius": 1.0, "foo": 1}}})
    with pytest.raises(nest.NESTErrors.BadProperty, match="radius"):
        nest.CreateMask("circular", {"radius": -1.0})
    with pytest.raises(nest.NESTErrors.BadProperty):
        nest.CreateParameter("normal", {"mean": 0.0, "std": 0.0})


def test_queries_masks_and_selection():
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[3, 3], extent=[3.0, 3.0]))
    assert nest.FindCenterElement(layer) == layer[4]
    nearest = nest.FindNearestElement(layer, [[0.9, 0.9], [-1.0, -1.0]])
    assert nearest[0] == layer[6] and nearest[1] == layer[2]
    assert len(nest.FindNearestElement(layer, [0.5, 0.5], find_all=True)) == 4
    square = nest.CreateMask("rectangular", {"lower_left": [-1.5, -0.5], "upper_right": [1.5, 0.5]})
    ring = nest.CreateMask("doughnut", {"inner_radius": 0.5, "outer_radius": 1.2})
    assert square.Inside([1.5, 0.5]) and not square.Inside([0.0, 0.6])
    assert (square & ring).Inside([1.0, 0.0]) and not (square & ring).Inside([0.0, 0.0])
    assert (square - ring).Inside([0.0, 0.0]) and (square | ring).Inside([0.0, 1.0])
    assert nest.SelectNodesByMask(layer, [0.0, 0.0], square).tolist() == [2, 5, 8]
    with pytest.raises(ValueError, match="same size"):
        nest.Distance(layer[0:2], layer[3:6])
    assert nest.spatial.distance.apply(layer[0], [[-1.0, 4.0]]) == pytest.approx(3.0)
    assert nest.spatial.pos.x.apply(layer[::3]) == pytest.approx((-1.0, 0.0, 1.0))


def test_target_and_source_queries_and_dumps(tmp_path):
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[3, 3], extent=[2.0, 2.0],
                                                                      edge_wrap=True))
    nest.Connect(layer, layer, {"rule": "pairwise_bernoulli", "p": 1.0, "mask": {"grid": {"shape": [2, 2]}}})
    assert nest.GetTargetNodes(layer[0], layer)[0].tolist() == [1, 2, 4, 5]
    assert nest.GetSourceNodes(layer, layer[8])[0].tolist() == [5, 6, 8, 9]
    assert len(nest.GetTargetPositions(layer[0:1], layer)[0]) == 4
    nodes_file = tmp_path / "nodes.txt"
    nest.DumpLayerNodes(layer, str(nodes_file))
    rows = numpy.loadtxt(nodes_file)
    assert rows.shape == (9, 3) and numpy.allclose(rows[:, 1:], nest.GetPosition(layer), atol=1e-5)
    connections_file = tmp_path / "connections.txt"
    nest.DumpLayerConnections(layer, layer, "static_synapse", str(connections_file))
    table = numpy.loadtxt(connections_file)
    assert table.shape == (36, 6)
    assert numpy.allclose(numpy.hypot(table[:, 4], table[:, 5]), nest.GetConnections().distance, atol=1e-5)
    with pytest.raises(nest.NESTErrors.BadProperty, match="does not exist"):
        nest.DumpLayerNodes(layer, str(tmp_path / "missing" / "nodes.txt"))
    assert sorted(os.listdir(tmp_path)) == ["connections.txt", "nodes.txt"]


def test_layers_join_only_with_themselves():
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[2, 2]))
    other = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[2, 2]))
    assert len(layer[0:1] + layer[2:4]) == 3
    assert repr(layer) == "NodeCollection(metadata=spatial, model=iaf_psc_alpha, size=4, first=1, last=4)"
    with pytest.raises(nest.NESTErrors.KernelException, match="same metadata"):
        layer + other
    with pytest.raises(nest.NESTErrors.KernelException, match="same metadata"):
        nest.Create("iaf_psc_alpha", 2) + layer
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="spatial metadata"):
        layer.set(center=[1.0, 1.0])


def test_plots_draw_the_layer_the_targets_and_the_probability():
    import matplotlib
    matplotlib.use("Agg")
    layer = nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[5, 5], extent=[1.0, 1.0]))
    nest.Connect(layer, layer, {"rule": "pairwise_bernoulli", "p": 1.0, "mask": {"circular": {"radius": 0.25}}})
    figure = nest.PlotLayer(layer)
    assert len(figure.axes[0].collections[0].get_offsets()) == 25
    center = nest.FindCenterElement(layer)
    figure = nest.PlotTargets(center, layer, mask={"circular": {"radius": 0.25}})
    offsets = [c.get_offsets() for c in figure.axes[0].collections]
    assert len(offsets[1]) == len(nest.GetTargetNodes(center, layer)[0])
    with_probability = nest.PlotTargets(center, layer, probability_parameter=nest.spatial.distance)
    assert len(with_probability.axes[0].images) == 1
    parameter = 1.0 - 2.0 * nest.spatial.distance
    axes = nest.PlotProbabilityParameter(center, parameter, edges=[-0.5, 0.5, -0.5, 0.5], shape=[11, 11])
    image = axes.images[0].get_array()
    assert image.shape == (11, 11) and image[5, 5] == pytest.approx(1.0) and image[0, 0] == pytest.approx(0.0)
