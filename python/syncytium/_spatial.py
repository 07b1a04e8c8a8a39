"""PyNEST's functions on spatial networks: ``GetPosition``, ``Displacement``, ``Distance``,
``FindNearestElement``, ``FindCenterElement``, ``GetTargetNodes``, ``GetSourceNodes``, their positions,
``DumpLayerNodes``, ``DumpLayerConnections`` and ``Parameter.apply``. Layers are in ``_layers``, masks in
``_masks``, the plots in ``_spatial_plots``.
"""

import numbers
import os
import tempfile

import numpy

from . import _convert, _state
from ._layers import require
from .kernel import BadProperty, translating


def GetPosition(nodes):
    """The position of each node: a tuple for one node, a tuple of tuples for several."""
    layer, rows = require(nodes, "GetPosition")
    result = [[float(c) for c in layer.positions[r]] for r in rows]
    return result[0] if len(result) == 1 else result


def _points(arg, function):
    """(positions as an array of rows, layer or None) of a NodeCollection or of positions given as lists."""
    from .nodes import NodeCollection
    if isinstance(arg, NodeCollection):
        layer, rows = require(arg, function)
        return layer.positions[rows], layer
    array = numpy.asarray(arg, dtype=float)
    if array.ndim == 1:
        array = array.reshape(1, -1)
    if array.ndim != 2 or array.shape[1] not in (2, 3):
        raise TypeError("%s: positions must be [x, y] or [x, y, z] (or a list of them), found %r" % (function, arg))
    return array, None


def _pairs(from_arg, to_arg, function):
    """NEST 3.10's displacements: from a collection, ``from − to`` in the from-layer's geometry; from given
    positions, ``to − position`` in the to-layer's (the kernel's two functions measure the two ways round).
    Distances are the same either way."""
    from .nodes import NodeCollection
    if not isinstance(to_arg, NodeCollection):
        raise TypeError("%s: to_arg must be a NodeCollection" % function)
    frm, from_layer = _points(from_arg, function)
    to, to_layer = _points(to_arg, function)
    if len(frm) != len(to) and len(frm) != 1 and len(to) != 1:
        raise ValueError("%s: to_arg and from_arg must have same size unless one have size 1 (%d and %d)"
                         % (function, len(frm), len(to)))
    if frm.shape[1] != to.shape[1]:
        raise BadProperty("%s: positions with %d and %d coordinates" % (function, frm.shape[1], to.shape[1]))
    if from_layer is not None:
        return from_layer.displacement(to, frm)
    return to_layer.displacement(frm, to)


def Displacement(from_arg, to_arg):
    """The displacement from each node or position of ``from_arg`` to the nodes of ``to_arg`` (the shorter way
    round where ``to_arg``'s layer wraps): a list of lists (NEST 3.10's types)."""
    return [[float(c) for c in row] for row in _pairs(from_arg, to_arg, "Displacement")]


def Distance(from_arg, to_arg):
    """The distance from each node or position of ``from_arg`` to the nodes of ``to_arg``: a list."""
    d = _pairs(from_arg, to_arg, "Distance")
    return [float(x) for x in numpy.sqrt((d * d).sum(axis=1))]


def FindNearestElement(layer, locations, find_all=False):
    """The node of ``layer`` nearest to each location (a one-node NodeCollection), or with ``find_all`` a list
    of every node as near (within 1e-14 relative); a list over several locations, the one result for one."""
    lay, rows = require(layer, "FindNearestElement")
    if len(layer) == 0:
        raise ValueError("layer cannot be empty")
    try:
        points = numpy.asarray(locations, dtype=float)
    except (TypeError, ValueError):
        raise TypeError("FindNearestElement: locations must be coordinates or a list of them, found %r"
                        % (locations,)) from None
    points = points.reshape(1, -1) if points.ndim == 1 else points
    result = []
    for point in points:
        d = lay.displacement(point, lay.positions[rows])
        distance = numpy.sqrt((d * d).sum(axis=1))
        if not find_all:
            result.append(layer[int(numpy.argmin(distance))])
            continue
        nearest = [layer[0]]
        smallest = distance[0]
        for k in range(1, len(distance)):
            if distance[k] < smallest:
                nearest, smallest = [layer[k]], distance[k]
            elif abs(distance[k] - smallest) <= 1e-14 * smallest:
                nearest.append(layer[k])
        result.append(nearest)
    return result[0] if len(result) == 1 else result


def FindCenterElement(layer):
    """The node nearest to the layer's center (the first of them if several are as near)."""
    lay, _ = require(layer, "FindCenterElement")
    return FindNearestElement(layer, lay.center)


def _partners(nodes, layer, syn_model, outgoing):
    from .connections import GetConnections
    from .nodes import NodeCollection
    require(layer, "GetTargetNodes" if outgoing else "GetSourceNodes")
    result = []
    for node in nodes:
        kwargs = {"source": node, "target": layer} if outgoing else {"source": layer, "target": node}
        if syn_model is not None:
            kwargs["synapse_model"] = syn_model
        connections = GetConnections(**kwargs)
        ids = connections.get("target" if outgoing else "source") if len(connections) else []
        ids = [ids] if isinstance(ids, numbers.Integral) else list(ids)
        result.append(NodeCollection._lenient(ids))
    return tuple(result)


def GetTargetNodes(sources, tgt_layer, syn_model=None):
    """For each source, a NodeCollection of its targets in ``tgt_layer``."""
    return _partners(sources, tgt_layer, syn_model, True)


def GetSourceNodes(src_layer, targets, syn_model=None):
    """For each target, a NodeCollection of its sources in ``src_layer``."""
    return _partners(targets, src_layer, syn_model, False)


def GetTargetPositions(sources, tgt_layer, syn_model=None):
    """For each source, the positions of its targets in ``tgt_layer`` (a list of tuples)."""
    return [list(_as_rows(GetPosition(nodes))) if len(nodes) else [] for nodes in
            GetTargetNodes(sources, tgt_layer, syn_model)]


def GetSourcePositions(src_layer, targets, syn_model=None):
    """For each target, the positions of its sources in ``src_layer`` (a list of tuples)."""
    return [list(_as_rows(GetPosition(nodes))) if len(nodes) else [] for nodes in
            GetSourceNodes(src_layer, targets, syn_model)]


def _as_rows(position):
    return (position,) if position and isinstance(position[0], numbers.Real) else position


def _write(outname, lines):
    """Writes the whole file or nothing: a temporary file in the same folder, renamed at the end. A path
    that cannot be written is a BadProperty naming it (nothing is left behind)."""
    path = os.path.abspath(outname)
    if os.path.isdir(path):
        raise BadProperty("cannot write %s: it is a folder; give a file name" % outname)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise BadProperty("cannot write %s: folder %s does not exist" % (outname, folder))
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".syncytium-")
    except OSError as e:
        raise BadProperty("cannot write %s: %s" % (outname, e.strerror or e)) from None
    try:
        with os.fdopen(handle, "w") as out:
            out.writelines(lines)
        os.replace(temporary, path)
    except OSError as e:
        os.unlink(temporary)
        raise BadProperty("cannot write %s: %s" % (outname, e.strerror or e)) from None
    except BaseException:
        os.unlink(temporary)
        raise


def _number(x):
    return "%g" % x


def DumpLayerNodes(layer, outname):
    """Writes one line per node, ``id x y [z]``, to ``outname`` (NEST's layout)."""
    lay, rows = require(layer, "DumpLayerNodes")
    lines = ["%d %s\n" % (node, " ".join(_number(c) for c in lay.positions[r]))
             for node, r in zip(layer._ids, rows)]
    _write(outname, lines)


def DumpLayerConnections(source_layer, target_layer, synapse_model, outname):
    """Writes one line per connection from ``source_layer`` to ``target_layer`` of ``synapse_model``:
    ``source target weight delay dx dy [dz]``, the displacement from source to target (NEST's layout)."""
    from .connections import GetConnections
    src, src_rows = require(source_layer, "DumpLayerConnections")
    tgt, tgt_rows = require(target_layer, "DumpLayerConnections")
    connections = GetConnections(source=source_layer, target=target_layer, synapse_model=synapse_model)
    lines = []
    if len(connections):
        data = {k: numpy.atleast_1d(connections.get(k)) for k in ("source", "target", "weight", "delay")}
        src_first = int(source_layer._ids[0]) - int(src_rows[0])
        tgt_first = int(target_layer._ids[0]) - int(tgt_rows[0])
        for s, t, w, d in zip(data["source"], data["target"], data["weight"], data["delay"]):
            shift = tgt.displacement(src.positions[int(s) - src_first], tgt.positions[int(t) - tgt_first])
            lines.append("%d %d %s %s %s\n" % (s, t, _number(w), _number(d), " ".join(_number(c) for c in shift)))
    _write(outname, lines)


@translating
def apply(parameter, nodes, positions=None):
    """``Parameter.apply``: the value at each node of ``nodes`` (a tuple), or for the pair of ``nodes``' one node
    and each of ``positions`` (one value for one position, else a tuple); computed by the kernel, drawn parts
    from its stream for values of no node (as ``GetValue``)."""
    simulator = _state.kernel().simulator
    java = parameter.to_java()
    if positions is None:
        require(nodes, "Parameter.apply")
        values = []
        for _, _, _, part in nodes._parts():
            values.extend(float(v) for v in simulator.evaluate(java, part))
        return tuple(values)
    if len(nodes) != 1:
        raise ValueError("The NodeCollection must contain a single node ID only")
    if not isinstance(positions, (list, tuple)):
        raise TypeError("Positions must be a list or tuple of positions")
    for position in positions:
        if not isinstance(position, (list, tuple, numpy.ndarray)):
            raise TypeError("Each position must be a list or tuple")
        if len(position) != len(positions[0]):
            raise ValueError("All positions must have the same number of dimensions")
    require(nodes, "Parameter.apply")
    points = numpy.asarray(positions, dtype=float)
    values = simulator.evaluate(java, int(nodes._ids[0]), _convert.to_java(points.reshape(-1)), points.shape[1])
    values = tuple(float(v) for v in values)
    return values[0] if len(values) == 1 else values
