"""Random parameters as in ``nest.random``: drawn per node (``neurons.V_m = nest.random.uniform(...)``)
or per connection (a ``syn_spec`` weight or delay) from the kernel's random streams, so the values
do not depend on the number of threads and follow ``rng_seed``. Parameters combine with numbers and
with each other as in NEST (``-55.0 - 20 * nest.random.lognormal(0, 1)``, ``u * v``, ``u ** 2``), compare
(``u < 0.5`` is 1.0 or 0.0, for ``nest.logic.conditional``), and ``nest.math`` (``exp``, ``sin``, ``cos``,
``min``, ``max``, ``redraw``) applies functions to them. The kernel computes every value, also
``GetValue()``'s.
"""

import numbers

from .kernel import translating as _translating


class Parameter:
    """A value the kernel draws per node or per connection: a first draw of ``distribution`` (or a
    constant), then ``steps`` applied in order. A step is ``(operation, a, b, operands)``: NEST's
    arithmetic (``add``, ``subtract``, ``multiply``, ``divide`` with one operand parameter, ``pow`` with the
    number ``a``), comparisons (``lt`` ... ``gt``, 1.0 or 0.0), ``conditional`` (two operands) and
    ``nest.math``'s functions (``exp``, ``sin``, ``cos``, ``min``/``max`` with ``a``, ``redraw`` within [a, b]).
    Each operator builds the same expression as PyNEST's (``x - p`` is ``p * -1 + x``, ``x / p`` is
    ``p ** -1 * x``), so each value is computed with the same floating-point operations."""

    def __init__(self, distribution, *arguments, steps=()):
        self.distribution = distribution
        self.arguments = tuple(float(a) for a in arguments)
        self.steps = tuple((op, float(a), float(b), tuple(operands)) for op, a, b, operands in steps)

    def to_java(self):
        import jpype
        RandomParameter = jpype.JClass("org.syncytium.api.param.RandomParameter")
        Step = jpype.JClass("org.syncytium.api.param.RandomParameter$Step")
        ArrayList = jpype.JClass("java.util.ArrayList")
        arguments = ArrayList()
        for a in self.arguments:
            arguments.add(jpype.JClass("java.lang.Double")(a))
        steps = ArrayList()
        for op, a, b, operands in self.steps:
            java_operands = ArrayList()
            for operand in operands:
                java_operands.add(operand.to_java())
            steps.add(Step(op, a, b, java_operands))
        return RandomParameter(self.distribution, arguments, 1.0, 0.0, steps)

    def __repr__(self):
        if self.distribution == "constant":
            text = repr(self.arguments[0])
        elif self.distribution == "distance":
            text = "nest.spatial.distance" + ("" if not self.arguments[0] else ".%s" % "xyz"[int(self.arguments[0]) - 1])
        elif self.distribution == "position":
            text = "nest.spatial.%s.%s" % (("pos", "source_pos", "target_pos")[int(self.arguments[1])],
                                           "xyz"[int(self.arguments[0])])
        else:
            text = "nest.random.%s(%s)" % (self.distribution, ", ".join(repr(a) for a in self.arguments))
        for op, a, b, operands in self.steps:
            if op in _SYMBOLS:
                text = "(%s %s %r)" % (text, _SYMBOLS[op], operands[0])
            elif op == "pow":
                text = "(%s ** %r)" % (text, a)
            elif op == "conditional":
                text = "nest.logic.conditional(%s, %r, %r)" % (text, operands[0], operands[1])
            elif op in ("min", "max"):
                text = "nest.math.%s(%s, %r)" % (op, text, a)
            elif op == "redraw":
                text = "nest.math.redraw(%s, min=%r, max=%r)" % (text, a, b)
            else:
                text = "nest.math.%s(%s)" % (op, text)
        return text

    def _then(self, operation, a=0.0, b=0.0, operands=()):
        return Parameter(self.distribution, *self.arguments, steps=self.steps + ((operation, a, b, operands),))

    def _with(self, operation, other):
        """This parameter combined with ``other`` (a parameter or a number, which becomes a constant)."""
        operand = _as_parameter(other)
        return NotImplemented if operand is None else self._then(operation, operands=(operand,))

    def __add__(self, other):
        return self._with("add", other)

    __radd__ = __add__

    def __sub__(self, other):
        return self._with("subtract", other)

    def __rsub__(self, other):
        return NotImplemented if _as_parameter(other) is None else -self + other

    def __mul__(self, other):
        return self._with("multiply", other)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self._with("divide", other)

    def __rtruediv__(self, other):
        return NotImplemented if _as_parameter(other) is None else self ** -1 * other

    def __pow__(self, exponent):
        if isinstance(exponent, Parameter):
            raise TypeError("a nest.random parameter's exponent must be a number, not another parameter (as in NEST)")
        if isinstance(exponent, bool) or not isinstance(exponent, numbers.Real):
            return NotImplemented
        return self._then("pow", float(exponent))

    def __neg__(self):
        return self * -1.0

    def __pos__(self):
        return self

    def __lt__(self, other):
        return self._with("lt", other)

    def __le__(self, other):
        return self._with("le", other)

    def __eq__(self, other):
        return self._with("eq", other)

    def __ne__(self, other):
        return self._with("ne", other)

    def __ge__(self, other):
        return self._with("ge", other)

    def __gt__(self, other):
        return self._with("gt", other)

    __hash__ = None  # == builds a parameter, as in PyNEST, so parameters are not dictionary keys
    # numpy scalars on the left (numpy.float64(0.5) < p) defer to the parameter's reflected operator
    # instead of comparing element by element and calling the resulting parameter True
    __array_ufunc__ = None

    @_translating
    def GetValue(self):
        """One value of the parameter, as PyNEST's ``Parameter.GetValue()``: drawn by the kernel from its
        stream for values of no node or connection, which follows ``rng_seed`` (and starts again when a
        different seed is set, and at ``ResetKernel``)."""
        from . import _state
        return float(_state.kernel().simulator.drawValue(self.to_java()))

    def _is_constant(self):
        """True if every part of the parameter is a constant: its value is one number, drawing nothing."""
        return self.distribution == "constant" and all(o._is_constant() for step in self.steps for o in step[3])

    def is_spatial(self):
        """True if the parameter, or a part of it, depends on positions (``nest.spatial.distance``, ``pos``, ...)."""
        return self.distribution in ("distance", "position") or any(
            o.is_spatial() for step in self.steps for o in step[3])

    def _spatial_axes(self):
        """How many coordinates the parameter's spatial parts read (distance.z: 3, pos.y: 2; 0 if none)."""
        own = 0
        if self.distribution == "distance":
            own = int(self.arguments[0])
        elif self.distribution == "position":
            own = int(self.arguments[0]) + 1
        return max([own] + [o._spatial_axes() for step in self.steps for o in step[3]])

    def apply(self, spatial_nc, positions=None):
        """PyNEST's ``Parameter.apply``: the value at each node of ``spatial_nc`` (positions: ``nest.spatial.pos``),
        or with ``positions``, for the pair of the collection's one node and each of those places
        (``nest.spatial.distance``, ``source_pos``, ``target_pos``)."""
        from . import _spatial
        return _spatial.apply(self, spatial_nc, positions)

    def _unsupported(self, *args):
        raise TypeError("a nest.random parameter takes +, -, *, / with numbers and parameters, ** with a number, "
                        "and comparisons; not this operator (as in NEST)")

    __rpow__ = __mod__ = __rmod__ = __floordiv__ = __rfloordiv__ = _unsupported


_SYMBOLS = {"add": "+", "subtract": "-", "multiply": "*", "divide": "/", "lt": "<", "le": "<=", "eq": "==",
            "ne": "!=", "ge": ">=", "gt": ">"}


def _as_parameter(value):
    """``value`` as a parameter (a number becomes a constant), or None if it is neither."""
    if isinstance(value, Parameter):
        return value
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return Parameter("constant", float(value))
    return None


def _check(condition, message):
    """NEST refuses a distribution's bad arguments when the parameter is made (BadProperty)."""
    if not condition:
        from .kernel import BadProperty
        raise BadProperty(message)


def uniform(min=0.0, max=1.0):
    """Uniform on [min, max)."""
    _check(min < max, "nest.random.uniform: min < max required, got min=%r, max=%r" % (min, max))
    return Parameter("uniform", min, max)


def uniform_int(max):
    """A whole number 0, 1, ..., max - 1, each equally likely."""
    _check(max > 0, "nest.random.uniform_int: max > 0 required, got max=%r" % (max,))
    return Parameter("uniform_int", max)


def normal(mean=0.0, std=1.0):
    """Normal with mean and standard deviation."""
    _check(std > 0, "nest.random.normal: std > 0 required, got std=%r" % (std,))
    return Parameter("normal", mean, std)


def lognormal(mean=0.0, std=1.0):
    """exp(X) with X normal of this mean and standard deviation (NEST's convention)."""
    _check(std > 0, "nest.random.lognormal: std > 0 required, got std=%r" % (std,))
    return Parameter("lognormal", mean, std)


def exponential(beta=1.0):
    """Exponential with mean beta."""
    _check(beta > 0, "nest.random.exponential: beta > 0 required, got beta=%r" % (beta,))
    return Parameter("exponential", beta)


# PyNEST's CreateParameter: type name -> (distribution, its arguments' names and defaults)
_CREATE = {
    "uniform": ("uniform", (("min", 0.0), ("max", 1.0))),
    "normal": ("normal", (("mean", 0.0), ("std", 1.0))),
    "lognormal": ("lognormal", (("mean", 0.0), ("std", 1.0))),
    "exponential": ("exponential", (("beta", 1.0),)),
    "uniform_int": ("uniform_int", (("max", None),)),
}


def CreateParameter(parametertype, specs=None):
    """PyNEST's ``CreateParameter``: ``constant``, the random distributions (``uniform``, ``normal``,
    ``lognormal``, ``exponential``, ``uniform_int``) with their keys (the same as ``nest.random.*``), and the
    spatial ones (``distance`` with ``dimension``, ``position`` with ``dimension`` and ``synaptic_endpoint``,
    ``exp_distribution``, ``gaussian``, ``gaussian2d``, ``gamma``, ``gabor``; as ``nest.spatial`` and
    ``nest.spatial_distributions``). Bad arguments are refused here, as NEST does."""
    from .kernel import BadProperty, NotImplemented_, UnaccessedDictionaryEntry, UndefinedName
    if not isinstance(specs, (dict, type(None))):
        raise TypeError("CreateParameter: specs must be a dict, found %s" % type(specs).__name__)
    specs = dict(specs or {})
    if parametertype == "constant":
        unknown = set(specs) - {"value"}
        if unknown:
            raise UnaccessedDictionaryEntry("CreateParameter('constant'): unknown key(s) %s; known: value" % ", ".join(sorted(unknown)))
        return Parameter("constant", float(specs.get("value", 0.0)))
    if parametertype in _SPATIAL:
        return _spatial_parameter(parametertype, specs)
    if parametertype not in _CREATE:
        if parametertype in ("linear", "redraw", "spatial_distribution", "dimension_distance"):
            raise NotImplemented_("CreateParameter('%s'): this compound parameter is not provided by Syncytium"
                                  % parametertype)
        raise UndefinedName("CreateParameter: unknown parameter type '%s'; known: constant, %s"
                          % (parametertype, ", ".join(sorted(_CREATE))))
    distribution, keys = _CREATE[parametertype]
    unknown = set(specs) - {k for k, _ in keys}
    if unknown:
        raise UnaccessedDictionaryEntry("CreateParameter('%s'): unknown key(s) %s; known: %s"
                          % (parametertype, ", ".join(sorted(unknown)), ", ".join(k for k, _ in keys)))
    for key, default in keys:
        if key not in specs and default is None:
            raise BadProperty("CreateParameter('%s'): needs '%s'" % (parametertype, key))
    return _MAKERS[parametertype](**{key: specs.get(key, default) for key, default in keys})


_MAKERS = {"uniform": uniform, "normal": normal, "lognormal": lognormal, "exponential": exponential,
           "uniform_int": uniform_int}

# NEST's spatial parameter types: type -> its keys and defaults (None: required)
_SPATIAL = {
    "distance": (("dimension", 0),),
    "position": (("dimension", None), ("synaptic_endpoint", 0)),
    "exp_distribution": (("x", None), ("beta", 1.0)),
    "gaussian": (("x", None), ("mean", 0.0), ("std", 1.0)),
    "gaussian2d": (("x", None), ("y", None), ("mean_x", 0.0), ("mean_y", 0.0), ("std_x", 1.0), ("std_y", 1.0),
                   ("rho", 0.0)),
    "gamma": (("x", None), ("kappa", 1.0), ("theta", 1.0)),
    "gabor": (("x", None), ("y", None), ("theta", 0.0), ("gamma", 1.0), ("std", 1.0), ("lam", 1.0), ("psi", 0.0)),
}


def _spatial_parameter(parametertype, specs):
    """NEST's ``distance``, ``position`` and spatial distributions by their CreateParameter keys."""
    from .kernel import BadProperty, UnaccessedDictionaryEntry
    keys = _SPATIAL[parametertype]
    unknown = set(specs) - {k for k, _ in keys}
    if unknown:
        raise UnaccessedDictionaryEntry("CreateParameter('%s'): unknown key(s) %s; known: %s"
                                        % (parametertype, ", ".join(sorted(unknown)), ", ".join(k for k, _ in keys)))
    values = {}
    for key, default in keys:
        if key not in specs and default is None:
            raise BadProperty("CreateParameter('%s'): needs '%s'" % (parametertype, key))
        values[key] = specs.get(key, default)
    if parametertype == "distance":
        dimension = values["dimension"]
        _check(dimension in (0, 1, 2, 3), "CreateParameter('distance'): dimension must be 0 (Euclidean), 1, 2 or 3, "
                                          "got %r" % (dimension,))
        return Parameter("distance", int(dimension))
    if parametertype == "position":
        if values["dimension"] not in (0, 1, 2):
            from .kernel import BadParameterValue
            raise BadParameterValue("CreateParameter('position'): dimension must be 0, 1 or 2, got %r"
                                    % (values["dimension"],))
        _check(values["synaptic_endpoint"] in (0, 1, 2),
               "CreateParameter('position'): synaptic_endpoint must be 0 (node), 1 (source) or 2 (target)")
        return Parameter("position", int(values["dimension"]), int(values["synaptic_endpoint"]))
    from . import spatial_distributions as sd
    if parametertype == "exp_distribution":
        return sd.exponential(values["x"], beta=values["beta"])
    if parametertype == "gaussian":
        return sd.gaussian(values["x"], mean=values["mean"], std=values["std"])
    if parametertype == "gaussian2d":
        return sd.gaussian2D(values["x"], values["y"], values["mean_x"], values["mean_y"], values["std_x"],
                             values["std_y"], values["rho"])
    if parametertype == "gabor":
        return sd.gabor(values["x"], values["y"], values["theta"], values["gamma"], values["std"], values["lam"],
                        values["psi"])
    return sd.gamma(values["x"], kappa=values["kappa"], theta=values["theta"])
