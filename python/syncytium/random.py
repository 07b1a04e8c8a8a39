"""Random parameters as in ``nest.random``: drawn per node (``neurons.V_m = nest.random.uniform(...)``)
or per connection (a ``syn_spec`` weight or delay) from the kernel's random streams, so the values
do not depend on the number of threads and follow ``rng_seed``.
"""


class Parameter:
    """A random distribution the kernel draws from; arithmetic on it is not supported."""

    def __init__(self, distribution, *arguments):
        self.distribution = distribution
        self.arguments = tuple(float(a) for a in arguments)

    def to_java(self):
        import jpype
        RandomParameter = jpype.JClass("org.syncytium.api.param.RandomParameter")
        arguments = jpype.JClass("java.util.ArrayList")()
        for a in self.arguments:
            arguments.add(jpype.JClass("java.lang.Double")(a))
        return RandomParameter(self.distribution, arguments)

    def __repr__(self):
        return "nest.random.%s%r" % (self.distribution, self.arguments)

    def _unsupported(self, *args):
        raise TypeError("arithmetic on nest.random parameters is not supported by Syncytium; "
                        "use the distribution's own arguments (e.g. uniform(min=a, max=b))")

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _unsupported
    __neg__ = __pow__ = _unsupported


def uniform(min=0.0, max=1.0):
    """Uniform on [min, max)."""
    return Parameter("uniform", min, max)


def normal(mean=0.0, std=1.0):
    """Normal with mean and standard deviation."""
    return Parameter("normal", mean, std)


def lognormal(mean=0.0, std=1.0):
    """exp(X) with X normal of this mean and standard deviation (NEST's convention)."""
    return Parameter("lognormal", mean, std)


def exponential(beta=1.0):
    """Exponential with mean beta."""
    return Parameter("exponential", beta)
