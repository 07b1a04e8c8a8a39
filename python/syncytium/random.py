"""Random parameters as in ``nest.random``: drawn per node (``neurons.V_m = nest.random.uniform(...)``)
or per connection (a ``syn_spec`` weight or delay) from the kernel's random streams, so the values
do not depend on the number of threads and follow ``rng_seed``. Arithmetic with numbers
(``-55.0 - 20 * nest.random.lognormal(0, 1)``) scales and shifts each draw, as in NEST, and
``nest.math`` (``exp``, ``sin``, ``cos``, ``min``, ``max``, ``redraw``) applies functions to it.
"""

import math
import numbers


class Parameter:
    """A random distribution the kernel draws from, each draw times ``scale`` plus ``offset``, then
    passed through ``steps``: ``(operation, a, b)`` tuples of ``nest.math`` functions (``exp``, ``sin``,
    ``cos``, ``min``, ``max``, ``redraw``) and of the arithmetic that follows one (``affine``)."""

    def __init__(self, distribution, *arguments, scale=1.0, offset=0.0, steps=()):
        self.distribution = distribution
        self.arguments = tuple(float(a) for a in arguments)
        self.scale = float(scale)
        self.offset = float(offset)
        self.steps = tuple((op, float(a), float(b)) for op, a, b in steps)

    def to_java(self):
        import jpype
        RandomParameter = jpype.JClass("org.syncytium.api.param.RandomParameter")
        Step = jpype.JClass("org.syncytium.api.param.RandomParameter$Step")
        arguments = jpype.JClass("java.util.ArrayList")()
        for a in self.arguments:
            arguments.add(jpype.JClass("java.lang.Double")(a))
        steps = jpype.JClass("java.util.ArrayList")()
        for op, a, b in self.steps:
            steps.add(Step(op, a, b))
        return RandomParameter(self.distribution, arguments, self.scale, self.offset, steps)

    def __repr__(self):
        text = "nest.random.%s%r" % (self.distribution, self.arguments)
        if self.scale != 1.0 or self.offset != 0.0:
            text = "%r * %s + %r" % (self.scale, text, self.offset)
        for op, a, b in self.steps:
            if op == "affine":
                text = "%r * (%s) + %r" % (a, text, b)
            elif op in ("min", "max"):
                text = "nest.math.%s(%s, %r)" % (op, text, a)
            elif op == "redraw":
                text = "nest.math.redraw(%s, min=%r, max=%r)" % (text, a, b)
            else:
                text = "nest.math.%s(%s)" % (op, text)
        return text

    def _affine(self, factor, shift):
        if self.steps and self.steps[-1][0] == "affine":  # two in a row are one
            _, a, b = self.steps[-1]
            return Parameter(self.distribution, *self.arguments, scale=self.scale, offset=self.offset,
                             steps=self.steps[:-1] + (("affine", factor * a, factor * b + shift),))
        if self.steps:
            return self._then("affine", factor, shift)
        return Parameter(self.distribution, *self.arguments, scale=factor * self.scale,
                         offset=factor * self.offset + shift)

    def _then(self, operation, a=0.0, b=0.0):
        return Parameter(self.distribution, *self.arguments, scale=self.scale, offset=self.offset,
                         steps=self.steps + ((operation, a, b),))

    @staticmethod
    def _number(other, operation):
        if isinstance(other, numbers.Real) and not isinstance(other, bool):
            return float(other)
        if isinstance(other, Parameter):
            raise TypeError("%s of two nest.random parameters is not supported by Syncytium; "
                            "arithmetic with numbers is" % operation)
        return None

    def __add__(self, other):
        c = self._number(other, "a sum")
        return NotImplemented if c is None else self._affine(1.0, c)

    __radd__ = __add__

    def __sub__(self, other):
        c = self._number(other, "a difference")
        return NotImplemented if c is None else self._affine(1.0, -c)

    def __rsub__(self, other):
        c = self._number(other, "a difference")
        return NotImplemented if c is None else self._affine(-1.0, c)

    def __mul__(self, other):
        c = self._number(other, "a product")
        return NotImplemented if c is None else self._affine(c, 0.0)

    __rmul__ = __mul__

    def __truediv__(self, other):
        c = self._number(other, "a quotient")
        if c is None:
            return NotImplemented
        if c == 0.0:
            raise ZeroDivisionError("nest.random parameter divided by zero")
        return self._affine(1.0 / c, 0.0)

    def __neg__(self):
        return self._affine(-1.0, 0.0)

    def __pos__(self):
        return self

    def GetValue(self):
        """One value of the parameter, as PyNEST's ``Parameter.GetValue()``: drawn from a stream that follows
        ``rng_seed`` (and restarts with it and at ``ResetKernel``), not from the per-node streams."""
        from . import _state
        from .kernel import KernelException
        kernel = _state.kernel()
        generator = kernel.parameter_draws()
        for _ in range(_MAX_REDRAWS):
            value = _draw(generator, self.distribution, self.arguments) * self.scale + self.offset
            value = _apply_steps(value, self.steps)
            if value is not None:
                return value
        raise KernelException("%r: redraw found no value within its bounds in %d draws" % (self, _MAX_REDRAWS))

    def _unsupported(self, *args):
        raise TypeError("only sums, differences, products and quotients of a nest.random parameter with numbers, "
                        "and nest.math's functions of one, are supported by Syncytium")

    __rtruediv__ = __pow__ = __rpow__ = __mod__ = __floordiv__ = _unsupported


# NEST's redraw gives up after this many draws (the kernel's RandomSampler.MAX_REDRAWS)
_MAX_REDRAWS = 1000


def _apply_steps(value, steps):
    """``value`` through ``steps`` as the kernel applies them; None where a redraw rejects it."""
    for op, a, b in steps:
        if op == "exp":
            value = math.exp(value)
        elif op == "sin":
            value = math.sin(value)
        elif op == "cos":
            value = math.cos(value)
        elif op == "min":
            value = value if value <= a else a
        elif op == "max":
            value = value if value >= a else a
        elif op == "affine":
            value = value * a + b
        elif not a <= value <= b:  # redraw
            return None
    return value


def uniform(min=0.0, max=1.0):
    """Uniform on [min, max)."""
    return Parameter("uniform", min, max)


def uniform_int(max):
    """A whole number 0, 1, ..., max - 1, each equally likely."""
    return Parameter("uniform_int", max)


def normal(mean=0.0, std=1.0):
    """Normal with mean and standard deviation."""
    return Parameter("normal", mean, std)


def lognormal(mean=0.0, std=1.0):
    """exp(X) with X normal of this mean and standard deviation (NEST's convention)."""
    return Parameter("lognormal", mean, std)


def exponential(beta=1.0):
    """Exponential with mean beta."""
    return Parameter("exponential", beta)


def _draw(generator, distribution, arguments):
    """One draw of ``distribution``, with the kernel's checks of its arguments."""
    from .kernel import BadProperty
    if distribution == "uniform_int":
        (maximum,) = arguments
        if not (maximum >= 1 and maximum == int(maximum)):
            raise BadProperty("uniform_int: max = %r must be a whole number >= 1 (draws 0 .. max - 1)" % maximum)
        return float(generator.integers(0, int(maximum)))
    if distribution == "uniform":
        low, high = arguments
        if low == high:
            return low
        if not low < high:
            raise BadProperty("uniform: min = %r must be below max = %r" % (low, high))
        return float(generator.uniform(low, high))
    if distribution == "normal":
        mean, std = arguments
        if not std >= 0:
            raise BadProperty("normal: std = %r must be >= 0" % std)
        return float(generator.normal(mean, std)) if std > 0 else mean
    if distribution == "lognormal":
        mean, std = arguments
        if not std > 0:
            raise BadProperty("lognormal: std = %r must be > 0" % std)
        return float(generator.lognormal(mean, std))
    (beta,) = arguments
    if not beta > 0:
        raise BadProperty("exponential: beta = %r must be > 0" % beta)
    return float(generator.exponential(beta))


# PyNEST's CreateParameter: type name -> (distribution, its arguments' names and defaults)
_CREATE = {
    "uniform": ("uniform", (("min", 0.0), ("max", 1.0))),
    "normal": ("normal", (("mean", 0.0), ("std", 1.0))),
    "lognormal": ("lognormal", (("mean", 0.0), ("std", 1.0))),
    "exponential": ("exponential", (("beta", 1.0),)),
    "uniform_int": ("uniform_int", (("max", None),)),
}


def CreateParameter(parametertype, specs=None):
    """PyNEST's ``CreateParameter``: ``constant`` and the random distributions (``uniform``, ``normal``,
    ``lognormal``, ``exponential``, ``uniform_int``) with their keys; the same as ``nest.random.*``.
    NEST's spatial parameters (``distance``, ``position``, ...) are not provided."""
    from .kernel import BadProperty, NotImplemented_, UnaccessedDictionaryEntry, UndefinedName
    if not isinstance(specs, (dict, type(None))):
        raise TypeError("CreateParameter: specs must be a dict, found %s" % type(specs).__name__)
    specs = dict(specs or {})
    if parametertype == "constant":
        unknown = set(specs) - {"value"}
        if unknown:
            raise UnaccessedDictionaryEntry("CreateParameter('constant'): unknown key(s) %s; known: value" % ", ".join(sorted(unknown)))
        value = float(specs.get("value", 0.0))
        return Parameter("uniform", value, value)  # a flat uniform draws its one value
    if parametertype not in _CREATE:
        if parametertype in ("linear", "gaussian", "gaussian2D", "gamma", "distance", "position", "exp_distribution",
                             "redraw", "spatial_distribution", "dimension_distance"):
            raise NotImplemented_("CreateParameter('%s'): spatial and compound parameters are not provided by "
                                  "Syncytium" % parametertype)
        raise UndefinedName("CreateParameter: unknown parameter type '%s'; known: constant, %s"
                          % (parametertype, ", ".join(sorted(_CREATE))))
    distribution, keys = _CREATE[parametertype]
    unknown = set(specs) - {k for k, _ in keys}
    if unknown:
        raise UnaccessedDictionaryEntry("CreateParameter('%s'): unknown key(s) %s; known: %s"
                          % (parametertype, ", ".join(sorted(unknown)), ", ".join(k for k, _ in keys)))
    arguments = []
    for key, default in keys:
        if key not in specs and default is None:
            raise BadProperty("CreateParameter('%s'): needs '%s'" % (parametertype, key))
        arguments.append(specs.get(key, default))
    return Parameter(distribution, *arguments)
