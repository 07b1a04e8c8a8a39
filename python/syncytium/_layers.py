"""The layers of spatial networks as PyNEST makes them: ``nest.spatial.grid`` and ``free`` turned into
positions and a box (NEST's order and rules), handed to the kernel, which keeps them for spatial values
and masks; and which layer a NodeCollection's nodes belong to.
"""

import math

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
        # numpy arrays, as NEST 3.10 gives them
        status = {"center": numpy.array(self.center, dtype=float), "edge_wrap": self.edge_wrap,
                  "extent": numpy.array(self.extent, dtype=float), "network_size": len(rows)}
        if self.shape is not None:
            status["shape"] = numpy.array(self.shape, dtype=numpy.int64)  # a grid's positions follow from it
        else:
            status["positions"] = self.positions[numpy.asarray(rows, dtype=numpy.int64)].copy()
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
        try:
            points = numpy.asarray(rows, dtype=float)
        except (TypeError, ValueError):
            raise TypeMismatch("positions: free positions must be numbers, found %r" % (pos,)) from None
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


def require(nodes, function):
    from .nodes import NodeCollection
    if not isinstance(nodes, NodeCollection):
        raise TypeError("%s: expected a NodeCollection, found %s" % (function, type(nodes).__name__))
    layer, rows = layer_rows(nodes)
    if layer is None:
        raise TypeError("%s: the NodeCollection must have spatial information (nodes created with positions=, all "
                        "from one Create)" % function)
    return layer, rows
