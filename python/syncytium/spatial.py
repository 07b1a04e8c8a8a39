"""NEST's ``nest.spatial``: positions for ``Create`` (``grid``, ``free``) and the parameters that read them
(``distance``, ``pos``, ``source_pos``, ``target_pos``).

``nest.Create("iaf_psc_alpha", positions=nest.spatial.grid(shape=[10, 10], extent=[1.0, 1.0]))`` places the
nodes; connections can then use a mask and values of the pair:
``nest.Connect(layer, layer, {"rule": "pairwise_bernoulli", "p": nest.spatial_distributions.gaussian(
nest.spatial.distance, std=0.2), "mask": {"circular": {"radius": 0.5}}})``; node parameters can use
their own position: ``layer.V_m = -70.0 + 5.0 * nest.spatial.pos.x``.
"""

from .random import Parameter


class _Distance(Parameter):
    """The distance from a connection's source to its target (periodic where the layer wraps); ``.x``, ``.y``,
    ``.z`` its absolute components."""

    def __init__(self):
        super().__init__("distance", 0)

    @property
    def x(self):
        return Parameter("distance", 1)

    @property
    def y(self):
        return Parameter("distance", 2)

    @property
    def z(self):
        return Parameter("distance", 3)

    @staticmethod
    def n(dimension):
        """The absolute component along ``dimension`` (1, 2, 3), or the Euclidean distance for 0."""
        from .random import CreateParameter
        return CreateParameter("distance", {"dimension": dimension})


distance = _Distance()


class _Coordinates:
    """The coordinates of one endpoint: ``.x``, ``.y``, ``.z`` and ``.n(dimension)``."""

    def __init__(self, endpoint, doc):
        self._endpoint = endpoint
        self.__doc__ = doc

    @property
    def x(self):
        return Parameter("position", 0, self._endpoint)

    @property
    def y(self):
        return Parameter("position", 1, self._endpoint)

    @property
    def z(self):
        return Parameter("position", 2, self._endpoint)

    def n(self, dimension):
        from .random import CreateParameter
        return CreateParameter("position", {"dimension": dimension, "synaptic_endpoint": self._endpoint})


pos = _Coordinates(0, "The position of the node being set (node parameters only).")
source_pos = _Coordinates(1, "The position of a connection's source (when connecting).")
target_pos = _Coordinates(2, "The position of a connection's target (when connecting).")


class grid:
    """Nodes on a grid of ``shape`` = [columns, rows] (or [x, y, z]) in a box of ``extent`` around ``center``
    (default 1 × 1 around the origin); node 0 at the top left, filling columns first (NEST's order);
    ``edge_wrap`` makes the box periodic."""

    def __init__(self, shape, center=None, extent=None, edge_wrap=False):
        self.shape = shape
        self.center = center
        self.extent = extent
        self.edge_wrap = edge_wrap


class free:
    """Nodes at the given positions: a list of [x, y] or [x, y, z], a parameter drawn per node and
    coordinate (with ``num_dimensions`` or ``extent``), or a list of one parameter per coordinate.
    Without ``extent`` the box is the positions' bounding box rounded up to whole units."""

    def __init__(self, pos, extent=None, edge_wrap=False, num_dimensions=None):
        if extent is not None and num_dimensions:
            raise TypeError("extent and number of dimensions cannot be specified at the same time")
        if isinstance(pos, Parameter):
            if extent is not None:
                num_dimensions = len(extent)
            if not num_dimensions:
                raise TypeError("could not infer number of dimensions. Set num_dimensions or extent when using "
                                "Parameter as pos")
            if num_dimensions not in (2, 3):
                raise ValueError("Number of dimensions must be 2 or 3")
            pos = [pos] * num_dimensions
        elif not hasattr(pos, "__len__"):
            raise TypeError("pos must be either an array of positions, or a Parameter")
        elif num_dimensions:
            raise TypeError("number of dimensions cannot be specified when using an array of positions")
        elif len(pos) and all(isinstance(p, Parameter) for p in pos) and len(pos) not in (2, 3):
            raise ValueError("Number of dimensions must be 2 or 3")
        self.pos = pos
        self.extent = extent
        self.edge_wrap = edge_wrap
