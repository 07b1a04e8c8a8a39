"""Connections as PyNEST returns them from GetConnections (a SynapseCollection).

The Java api has no query of existing connections yet, so GetConnections raises NotImplemented
with that reason instead of returning something partial (docs/python.md, "missing").
"""

from .kernel import NotImplemented_


class SynapseCollection:
    """PyNEST's SynapseCollection (not available yet, see GetConnections)."""

    def __init__(self, *args, **kwargs):
        raise NotImplemented_("SynapseCollection: Syncytium's api cannot list connections yet")


def GetConnections(source=None, target=None, synapse_model=None, synapse_label=None):
    """Not available yet: the kernel does not expose its connection tables (docs/python.md)."""
    raise NotImplemented_("GetConnections: Syncytium's api cannot list connections yet "
                          "(num_connections in GetKernelStatus counts them)")
