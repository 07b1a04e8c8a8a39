"""Spatial networks as PyNEST has them: layers made by ``Create(..., positions=...)``, the positions the
kernel keeps for spatial parameters and masks, and PyNEST's functions on them (``GetPosition``,
``Displacement``, ``Distance``, ``FindNearestElement``, ``FindCenterElement``, ``CreateMask``,
``SelectNodesByMask``, ``GetTargetNodes``, ``GetSourceNodes``, ``DumpLayerNodes``, ``DumpLayerConnections``).
The plots (``PlotLayer``, ``PlotTargets``, ``PlotSources``) are in ``_spatial_plots``.
"""

import math
import numbers
import os
import tempfile

import numpy

from . import _convert, _state
from .kernel import BadProperty, KernelException, TypeMismatch, translating
from .random import Parameter


class Layer:
    """The positions of one ``Create`` call's nodes (one row per node) and their box."""

    def __init__(self, positions, lower_left, extent, edge_wrap, shape=None):
        self.positions = positions
        self.lower_left = lower_left
        self.extent = extent
        self.edge_wrap = edge_wrap
        self.shape = shape

    @property
    def dimensions(self):
        return self.positions.shape[1]

    @property
    def center(self):
        return self.lower_left + self.extent / 2

    def displacement(self, frm, to):
        """``to - frm`` per coordinate (arrays broadcast), within [-extent/2, extent/2) where the layer wraps
        (NEST's rule for displacements between positions)."""
        d = numpy.asarray(to, dtype=float) - numpy.asarray(frm, dtype=float)
        if self.edge_wrap:
            e = self.extent
            d = -0.5 * e + numpy.fmod(d + 0.5 * e, e)
            d = numpy.where(d < -0.5 * e, d + e, d)
        return d

    def status(self, rows):
        """PyNEST's ``spatial`` dictionary for the nodes at ``rows``."""
        status = {"center": tuple(float(c) for c in self.center), "edge_wrap": self.edge_wrap,
                  "extent": tuple(float(e) for e in self.extent), "network_size": len(rows)}
        if self.shape is not None:
            status["shape"] = tuple(self.shape)  # a grid's positions follow from it (NEST lists none)
        else:
            status["positions"] = tuple(tuple(float(c) for c in self.positions[r]) for r in rows)
        return status


def _vector(value, name, d=None):
    try:
        array = numpy.asarray(value, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise TypeMismatch("positions: %s must be a list of numbers, found %r" % (name, value)) from None
    if d is not None and len(array) != d:
        raise BadProperty("positions: %s must have %d entries (the positions' dimensions), found %d"
                          % (name, d, len(array)))
    return array


def _edge_wrap(value):
    if not isinstance(value, (bool, numpy.bool_)):
        raise TypeMismatch("positions: edge_wrap must be True or False, found %r" % (value,))
    return bool(value)


def grid_layer(spec, n):
    """The layer of ``nest.spatial.grid(shape, center, extent, edge_wrap)`` (NEST's node order and positions)."""
    wrap = _edge_wrap(spec.edge_wrap)
    try:
        shape = [int(s) for s in spec.shape]
    except (TypeError, ValueError):
        raise TypeMismatch("positions: grid shape must be a list of whole numbers, found %r" % (spec.shape,)) from None
    if len(shape) not in (2, 3):
        raise BadProperty("positions: grid shape must be of length 2 or 3, found %r" % (spec.shape,))
    if any(s <= 0 for s in shape):
        raise BadProperty("positions: all grid shape entries must be positive, found %r" % (spec.shape,))
    d = len(shape)
    extent = _vector(spec.extent, "extent", d) if spec.extent is not None else numpy.ones(d)
    center = _vector(spec.center, "center", d) if spec.center is not None else numpy.zeros(d)
    if numpy.any(extent <= 0):
        raise BadProperty("positions: extent must be positive in every dimension, found %r" % (spec.extent,))
    lower_left = center - extent / 2
    lid = numpy.arange(int(numpy.prod(shape)))
    cell = numpy.empty((len(lid), d), dtype=numpy.int64)
    for i in range(d - 1, 0, -1):
        cell[:, i] = lid % shape[i]
        lid = lid // shape[i]
    cell[:, 0] = lid
    # NEST's "matrix convention": rows run down from the top edge (y reversed), columns to the right
    start = lower_left.copy()
    step_extent = extent.copy()
    start[1] += extent[1]
    step_extent[1] = -extent[1]
    spacing = step_extent / numpy.asarray(shape, dtype=float)
    positions = start + spacing * cell + spacing * 0.5
    return Layer(positions, lower_left, extent, wrap, shape)


def free_layer(spec, n):
    """The layer of ``nest.spatial.free(pos, extent, edge_wrap)`` for ``n`` nodes (positions drawn per node and
    coordinate if ``pos`` holds parameters)."""
    wrap = _edge_wrap(spec.edge_wrap)
    pos = spec.pos
    if len(pos) and all(isinstance(p, Parameter) for p in pos):
        # one draw per node and coordinate, from the kernel's stream for values of no node (rng_seed)
        kernel = _state.kernel()
        java = [p.to_java() for p in pos]
        points = numpy.array([[float(kernel.simulator.drawValue(j)) for j in java] for _ in range(n)])
    else:
        rows = [list(p) if hasattr(p, "__len__") else None for p in pos]
        if any(r is None for r in rows):
            raise TypeMismatch("positions: free positions must be a list of [x, y] or [x, y, z] lists")
        lengths = {len(r) for r in rows}
        if len(lengths) > 1:
            raise BadProperty("positions: all positions must have the same number of coordinates, found %s"
                              % sorted(lengths))
        if not rows:
            raise BadProperty("positions: empty positions array")
        points = numpy.asarray(rows, dtype=float)
    d = points.shape[1]
    if d not in (2, 3):
        raise BadProperty("positions: positions must have 2 or 3 coordinates, found %d" % d)
    low, high = points.min(axis=0), points.max(axis=0)
    middle = (high + low) / 2
    if spec.extent is not None:
        extent = _vector(spec.extent, "extent", d)
        lower_left = middle - extent / 2
        if numpy.any(low < lower_left) or numpy.any(high > middle + extent / 2):
            raise BadProperty("positions: node position outside of layer (extent %r around the positions' center %r)"
                              % (tuple(extent), tuple(middle)))
    else:
        if len(points) <= 1:
            raise KernelException("If only one node is created, 'extent' must be specified.")
        extent = numpy.ceil(high - low)
        lower_left = middle - extent / 2
    return Layer(points, lower_left, extent, wrap)


@translating
def place(block, layer):
    """Gives the kernel the layer's positions (spatial parameters and masks read them there)."""
    kernel = _state.kernel()
    kernel.simulator.setPositions(block.java, _convert.to_java(layer.positions.reshape(-1)), layer.dimensions,
                                  _convert.to_java(layer.lower_left), _convert.to_java(layer.extent), layer.edge_wrap)
    block.layer = layer


def layer_rows(nodes):
    """(layer, rows) of a NodeCollection whose nodes all belong to one layer, or (None, None)."""
    parts = nodes._parts()
    if not parts:
        return None, None
    block = parts[0][0]
    if block.layer is None or any(part[0] is not block for part in parts):
        return None, None
    return block.layer, numpy.asarray(nodes._ids, dtype=numpy.int64) - block.first


def connection_distances(sources, targets):
    """Per connection: the distance from source to target in the target's layer, NaN without positions."""
    kernel = _state.kernel()
    result = []
    for s, t in zip(sources, targets):
        source_block, target_block = kernel.block_of(int(s)), kernel.block_of(int(t))
        if source_block.layer is None or target_block.layer is None:
            result.append(math.nan)
            continue
        frm = source_block.layer.positions[int(s) - source_block.first]
        to = target_block.layer.positions[int(t) - target_block.first]
        d = target_block.layer.displacement(frm, to) if len(frm) == len(to) else numpy.full(1, math.nan)
        result.append(float(numpy.sqrt((d * d).sum())))
    return result


def spatial_status(nodes):
    layer, rows = layer_rows(nodes)
    return None if layer is None else layer.status(rows)


def _require(nodes, function):
    from .nodes import NodeCollection
    if not isinstance(nodes, NodeCollection):
        raise TypeError("%s: expected a NodeCollection, found %s" % (function, type(nodes).__name__))
    layer, rows = layer_rows(nodes)
    if layer is None:
        raise TypeError("%s: the NodeCollection must have spatial information (nodes created with positions=, all "
                        "from one Create)" % function)
    return layer, rows


def GetPosition(nodes):
    """The position of each node: a tuple for one node, a tuple of tuples for several."""
    layer, rows = _require(nodes, "GetPosition")
    result = [[float(c) for c in layer.positions[r]] for r in rows]
    return result[0] if len(result) == 1 else result


def _points(arg, function):
    """(positions as an array of rows, layer or None) of a NodeCollection or of positions given as lists."""
    from .nodes import NodeCollection
    if isinstance(arg, NodeCollection):
        layer, rows = _require(arg, function)
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
    lay, rows = _require(layer, "FindNearestElement")
    if len(layer) == 0:
        raise ValueError("layer cannot be empty")
    points = numpy.asarray(locations, dtype=float)
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
    lay, _ = _require(layer, "FindCenterElement")
    return FindNearestElement(layer, lay.center)


class Mask:
    """A mask made by ``CreateMask``: ``Inside(point)``, and ``|`` (union), ``&`` (intersection), ``-``
    (difference) with another mask. As ``conn_spec``'s ``mask`` it selects partners around each node."""

    def __init__(self, spec):
        self._spec = spec
        self.Inside([0.0] * self._dimensions())  # the kernel checks the mask now, as NEST does at CreateMask

    def _dimensions(self):
        return _mask_dimensions(self._spec)

    @translating
    def Inside(self, point):
        """True if ``point`` (relative to the node the mask is anchored at) lies inside the mask."""
        java_point = _convert.to_java(numpy.asarray(point, dtype=float).reshape(-1))
        return bool(_state.kernel().simulator.insideMask(_convert.to_java_map(self._spec), java_point))

    def _combine(self, other, how):
        if not isinstance(other, Mask):
            return NotImplemented
        return Mask({how: [self._spec, other._spec]})

    def __or__(self, other):
        return self._combine(other, "union")

    def __and__(self, other):
        return self._combine(other, "intersection")

    def __sub__(self, other):
        return self._combine(other, "minus")

    def __repr__(self):
        return "Mask(%r)" % (self._spec,)


def _mask_dimensions(spec):
    for key, value in spec.items():
        if key in ("union", "intersection", "minus") and isinstance(value, (list, tuple)) and value \
                and isinstance(value[0], dict):
            return _mask_dimensions(value[0])
        if key != "anchor":
            return 3 if key in ("spherical", "box", "ellipsoidal") else 2
    return 2


def CreateMask(masktype, specs, anchor=None):
    """A mask of ``masktype`` (``circular``, ``rectangular``, ``elliptical``, ``doughnut``, ``spherical``, ``box``,
    ``ellipsoidal``) with its parameters, optionally shifted by ``anchor``."""
    if not isinstance(specs, dict):
        raise TypeError("CreateMask: specs must be a dict, found %s" % type(specs).__name__)
    spec = {masktype: dict(specs)}
    if anchor is not None:
        spec["anchor"] = list(anchor)
    return Mask(spec)


def mask_spec(value):
    """``conn_spec``'s mask as the kernel reads it (a Mask or PyNEST's dict)."""
    return value._spec if isinstance(value, Mask) else value


def grid_mask_as_box(spec, layer):
    """NEST's grid mask ``{"grid": {"shape": [w, h]}, "anchor": [i, j]}`` (cells, the anchor cell's offset from
    the top left one) as the box of the grid layer's cells it covers, in the layer's coordinates (rows run
    down, as in the layer; each cell's half-width of slack, as NEST's conversion)."""
    if layer is None or layer.shape is None:
        raise BadProperty("Grid masks can only be used with grid layers.")
    grid = spec["grid"]
    if not isinstance(grid, dict) or "shape" not in grid or set(grid) - {"shape"}:
        raise BadProperty("grid mask: needs exactly 'shape', found %r" % (grid,))
    shape = numpy.asarray(grid["shape"], dtype=float)
    d = layer.dimensions
    if len(shape) != d:
        raise BadProperty("grid mask: shape must have %d entries, as the layer" % d)
    anchor = numpy.asarray(spec.get("anchor", [0] * d), dtype=float)
    if len(anchor) != d:
        raise BadProperty("Anchor must be %d-dimensional, as the grid mask" % d)
    spacing = layer.extent / numpy.asarray(layer.shape, dtype=float)
    lower_left = spacing * -anchor - spacing * 0.5
    upper_right = spacing * (shape - anchor) - spacing * 0.5
    lower_left[1], upper_right[1] = -upper_right[1], -lower_left[1]
    return {"rectangular" if d == 2 else "box": {"lower_left": list(lower_left), "upper_right": list(upper_right)}}


def SelectNodesByMask(layer, anchor, mask_obj):
    """The nodes of ``layer`` inside ``mask_obj`` placed at ``anchor``: a NodeCollection."""
    from .nodes import NodeCollection
    lay, rows = _require(layer, "SelectNodesByMask")
    if not isinstance(mask_obj, Mask):
        raise TypeError("SelectNodesByMask: mask_obj must be a Mask (nest.CreateMask)")
    ids = numpy.asarray(layer._ids)
    displacement = lay.displacement(numpy.asarray(anchor, dtype=float), lay.positions[rows])
    # where the layer wraps, the mask wraps too: a node is inside if an image of it one extent away is
    shifts = [numpy.zeros(lay.dimensions)]
    if lay.edge_wrap:
        grid = numpy.array(numpy.meshgrid(*[[0.0, -1.0, 1.0]] * lay.dimensions, indexing="ij")).reshape(lay.dimensions, -1).T
        shifts = grid * lay.extent
    inside = [any(mask_obj.Inside(d + shift) for shift in shifts) for d in displacement]
    return NodeCollection(ids[numpy.asarray(inside, dtype=bool)]) if len(ids) else NodeCollection([])


def _partners(nodes, layer, syn_model, outgoing):
    from .connections import GetConnections
    from .nodes import NodeCollection
    _require(layer, "GetTargetNodes" if outgoing else "GetSourceNodes")
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
    """Writes the whole file or nothing: a temporary file in the same folder, renamed at the end."""
    folder = os.path.dirname(os.path.abspath(outname))
    if not os.path.isdir(folder):
        raise BadProperty("cannot write %s: folder %s does not exist" % (outname, folder))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".syncytium-")
    try:
        with os.fdopen(handle, "w") as out:
            out.writelines(lines)
        os.replace(temporary, outname)
    except BaseException:
        os.unlink(temporary)
        raise


def _number(x):
    return "%g" % x


def DumpLayerNodes(layer, outname):
    """Writes one line per node, ``id x y [z]``, to ``outname`` (NEST's layout)."""
    lay, rows = _require(layer, "DumpLayerNodes")
    lines = ["%d %s\n" % (node, " ".join(_number(c) for c in lay.positions[r]))
             for node, r in zip(layer._ids, rows)]
    _write(outname, lines)


def DumpLayerConnections(source_layer, target_layer, synapse_model, outname):
    """Writes one line per connection from ``source_layer`` to ``target_layer`` of ``synapse_model``:
    ``source target weight delay dx dy [dz]``, the displacement from source to target (NEST's layout)."""
    from .connections import GetConnections
    src, src_rows = _require(source_layer, "DumpLayerConnections")
    tgt, tgt_rows = _require(target_layer, "DumpLayerConnections")
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
        _require(nodes, "Parameter.apply")
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
    _require(nodes, "Parameter.apply")
    points = numpy.asarray(positions, dtype=float)
    values = simulator.evaluate(java, int(nodes._ids[0]), _convert.to_java(points.reshape(-1)), points.shape[1])
    values = tuple(float(v) for v in values)
    return values[0] if len(values) == 1 else values
