"""PyNEST's masks: ``CreateMask`` and its ``Mask`` (``Inside``, ``|``, ``&``, ``-``), the kernel's reading of a
grid mask as the box of cells it covers, and ``SelectNodesByMask``. The kernel checks and tests masks;
this module only builds their specifications.
"""

import numpy

from . import _convert, _state
from ._layers import require
from .kernel import BadProperty, translating


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
    lay, rows = require(layer, "SelectNodesByMask")
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
