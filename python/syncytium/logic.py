"""PyNEST's ``nest.logic``: ``conditional(condition, if_true, if_false)``, one parameter or another per node
or connection, chosen by a comparison of parameters (``nest.logic.conditional(u < 0.5, -70.0, u * 10)``)."""

from .random import Parameter as _Parameter, _as_parameter

__all__ = ["conditional"]


def conditional(condition, param_if_true, param_if_false):
    """The value of ``param_if_true`` where ``condition`` is not 0 (a comparison is 1.0 where it holds),
    else of ``param_if_false``; either may be a number. Only the chosen parameter is drawn."""
    if not isinstance(condition, _Parameter):
        raise TypeError("nest.logic.conditional: condition must be a nest.random parameter (a comparison such as "
                        "p < 0.5), found %s" % type(condition).__name__)
    branches = []
    for name, value in (("param_if_true", param_if_true), ("param_if_false", param_if_false)):
        operand = _as_parameter(value)
        if operand is None:
            raise TypeError("nest.logic.conditional: %s must be a number or a parameter, found %s"
                            % (name, type(value).__name__))
        branches.append(operand)
    return condition._then("conditional", operands=tuple(branches))
