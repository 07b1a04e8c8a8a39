"""Connections as PyNEST returns them from GetConnections: a SynapseCollection with ``len``,
indexing, iteration, ``get`` (``source``, ``target``, ``weight``, ``delay``, ``synapse_model``),
attributes (``conns.weight``) and ``sources()``/``targets()``.

It is a snapshot taken when GetConnections is called (NEST's is a live view); the kernel's
synapses are static, so only connections made later are missing from it. Gap junctions have no
delay (NaN) and recorder links no weight (NaN).
"""

import numpy

from . import _convert, _state
from .kernel import NotImplemented_, translating

_KEYS = ("source", "target", "weight", "delay", "synapse_model")


class SynapseCollection:
    """Connections listed by GetConnections (PyNEST's ``nest.SynapseCollection``)."""

    def __init__(self, columns):
        object.__setattr__(self, "_columns", columns)

    def __len__(self):
        return len(self._columns["source"])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __getitem__(self, key):
        if isinstance(key, (int, numpy.integer)):
            if not -len(self) <= key < len(self):
                raise IndexError("index %d out of range for %d connections" % (key, len(self)))
            key = slice(key, key + 1 if key != -1 else None)
        return SynapseCollection({k: v[key] for k, v in self._columns.items()})

    def __eq__(self, other):
        return isinstance(other, SynapseCollection) and all(
            numpy.array_equal(self._columns[k], other._columns[k]) for k in ("source", "target", "synapse_model"))

    def __repr__(self):
        lines = [" source   target   synapse model   weight   delay",
                 " ------   ------   -------------   ------   -----"]
        for s, t, m, w, d in zip(*(self._columns[k] for k in ("source", "target", "synapse_model", "weight",
                                                                "delay"))):
            lines.append("%7d  %7d   %13s  %7.3f  %6.3f" % (s, t, m, w, d))
        return "\n".join(lines)

    def sources(self):
        """Source node ids, one per connection."""
        return iter(self._columns["source"].tolist())

    def targets(self):
        """Target node ids, one per connection."""
        return iter(self._columns["target"].tolist())

    def get(self, keys=None, output=""):
        """A value (one connection) or list (several) per key; a dict for a list of keys or none."""
        if output not in ("", None):
            raise NotImplementedError("get(output=%r): only the default output is supported" % (output,))
        if keys is None:
            return {k: self._values(k) for k in _KEYS}
        if isinstance(keys, str):
            return self._values(keys)
        return {k: self._values(k) for k in keys}

    def _values(self, key):
        if key not in self._columns:
            raise KeyError(key)
        values = self._columns[key].tolist()
        return values[0] if len(values) == 1 else values

    def set(self, params=None, **kwargs):
        raise NotImplemented_("SynapseCollection.set: connections cannot be changed after they are made")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name)

    def __setattr__(self, name, value):
        self.set({name: value})


def _ids(nodes, role):
    if nodes is None:
        return None
    from .nodes import NodeCollection
    if not isinstance(nodes, NodeCollection):
        raise TypeError("GetConnections: %s must be a NodeCollection, found %s" % (role, type(nodes).__name__))
    return _convert.ids_to_java(nodes._ids)


@translating
def GetConnections(source=None, target=None, synapse_model=None, synapse_label=None):
    """The connections from ``source`` to ``target`` (NodeCollections) of ``synapse_model``; all if omitted."""
    if synapse_label is not None:
        raise NotImplemented_("GetConnections(synapse_label=...): synapses have no labels in Syncytium")
    kernel = _state.kernel()
    model = None
    if synapse_model is not None:
        model, _ = kernel.resolve(synapse_model)
    listed = kernel.simulator.getConnections(_ids(source, "source"), _ids(target, "target"), model)
    return SynapseCollection({
        "source": numpy.array(listed.sources(), dtype=numpy.int64),
        "target": numpy.array(listed.targets(), dtype=numpy.int64),
        "weight": numpy.array(listed.weights(), dtype=numpy.float64),
        "delay": numpy.array(listed.delays(), dtype=numpy.float64),
        "synapse_model": numpy.array([str(m) for m in listed.synapseModels()], dtype=object),
    })
