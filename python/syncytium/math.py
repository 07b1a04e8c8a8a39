"""PyNEST's ``nest.math``: functions of a ``nest.random`` parameter, applied by the kernel to each
draw (``nest.math.exp(nest.random.normal(0.0, 1.0))``, ``nest.math.redraw(p, min=-75.0, max=-65.0)``).
Arithmetic may follow (``nest.math.cos(p) * 2.0 - 70.0``)."""

import numbers as _numbers

from .random import Parameter as _Parameter

__all__ = ["exp", "sin", "cos", "min", "max", "redraw"]


def _parameter(parameter, function):
    if not isinstance(parameter, _Parameter):
        raise TypeError("nest.math.%s takes a nest.random parameter, found %s" % (function, type(parameter).__name__))
    return parameter


def _number(value, function, name):
    if isinstance(value, bool) or not isinstance(value, _numbers.Real):
        raise TypeError("nest.math.%s: %s must be a number, found %s" % (function, name, type(value).__name__))
    return float(value)


def exp(parameter):
    """e to the power of each value of ``parameter``."""
    return _parameter(parameter, "exp")._then("exp")


def sin(parameter):
    """The sine of each value of ``parameter`` (radians)."""
    return _parameter(parameter, "sin")._then("sin")


def cos(parameter):
    """The cosine of each value of ``parameter`` (radians)."""
    return _parameter(parameter, "cos")._then("cos")


def min(parameter, value):
    """Each value of ``parameter``, or ``value`` where that is smaller."""
    return _parameter(parameter, "min")._then("min", _number(value, "min", "value"))


def max(parameter, value):
    """Each value of ``parameter``, or ``value`` where that is larger."""
    return _parameter(parameter, "max")._then("max", _number(value, "max", "value"))


def redraw(parameter, min, max):
    """``parameter`` drawn again until its value lies within [min, max]; the kernel gives up with an
    error after 1000 draws, as NEST."""
    low, high = _number(min, "redraw", "min"), _number(max, "redraw", "max")
    if not low <= high:
        from .kernel import BadProperty
        raise BadProperty("nest.math.redraw: min = %r must not exceed max = %r" % (low, high))
    return _parameter(parameter, "redraw")._then("redraw", low, high)
