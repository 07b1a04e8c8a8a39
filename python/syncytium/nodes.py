"""PyNEST's NodeCollection: sorted, unique node ids with ``len``, indexing and slicing, ``+``,
iteration, ``tolist``, ``get``/``set`` and attribute access (``neurons.V_m = ...``,
``sr.events``). Behind it are Java collections, one per run of consecutive ids of one ``Create``.
"""

import collections.abc as _abc
import numbers
import os
import sys
import warnings

import numpy

from . import _convert, _state
from .kernel import (BadProperty, InvalidNodeCollection, KernelException, RepeatedIndices, UnaccessedDictionaryEntry,
                     UnknownEntryRead, UnknownNode, UnsortedIndices, translate, translating)

# Entries PyNEST has beside a model's parameters: read-only, and (second row) NEST's placement and
# update flags, which one process that updates every node answers alike for all of them.
_META = ("global_id", "model", "model_id", "element_type",
         "vp", "thread", "thread_local_id", "local", "frozen", "node_uses_wfr")


class NodeCollection:
    """Node ids of one or more ``Create`` calls (PyNEST's ``nest.NodeCollection``).

    ``NodeCollection([1, 2, 5])`` makes one from ids; ``len``, ``nc[i]``, ``nc[a:b:c]``, ``nc + other``,
    ``id in nc``, ``nc.index(id)``, ``nc.tolist()``, ``nc.get(...)``, ``nc.set(...)`` and attributes
    (``nc.V_m``) work as in PyNEST.
    """

    def __init__(self, data=None):
        if data is not None and not isinstance(data, (list, tuple, range, numpy.ndarray)) and hasattr(data, "__iter__"):
            data = list(data)  # a generator of ids, as PyNEST takes
        given = numpy.asarray([] if data is None else data, dtype=numpy.int64).reshape(-1)
        if numpy.any(numpy.diff(given) < 0):
            raise UnsortedIndices("Indices must be sorted in ascending order (node ids of a NodeCollection)")
        ids = numpy.unique(given)
        if len(ids) != len(given):
            raise BadProperty("All node IDs in a NodeCollection have to be unique")
        object.__setattr__(self, "_ids", ids)
        object.__setattr__(self, "_kernel", _state.kernel())
        object.__setattr__(self, "_generation", self._kernel.generation)
        object.__setattr__(self, "_parts_cache", None)
        if len(ids):
            self._check_current()
            if ids[0] < 1 or ids[-1] >= self._kernel.next_id:
                bad = ids[0] if ids[0] < 1 else ids[-1]
                raise UnknownNode("node %d does not exist (nodes 1..%d exist)" % (bad, self._kernel.next_id - 1))

    @classmethod
    def _lenient(cls, ids):
        """From ids in any order, repeats dropped: for ids the front end gathered itself (PyNEST's own
        NodeCollection([...]) refuses unsorted or repeated ids)."""
        return cls(numpy.unique(numpy.asarray(ids, dtype=numpy.int64).reshape(-1)))

    @classmethod
    def _of_block(cls, block):
        nc = cls.__new__(cls)
        object.__setattr__(nc, "_ids", numpy.arange(block.first, block.first + block.size, dtype=numpy.int64))
        object.__setattr__(nc, "_kernel", _state.kernel())
        object.__setattr__(nc, "_generation", nc._kernel.generation)
        object.__setattr__(nc, "_parts_cache", [(block, 0, block.size, block.java)])
        return nc

    def _derived(self, ids):
        nc = NodeCollection.__new__(NodeCollection)
        object.__setattr__(nc, "_ids", ids)
        object.__setattr__(nc, "_kernel", self._kernel)
        object.__setattr__(nc, "_generation", self._generation)
        object.__setattr__(nc, "_parts_cache", None)
        return nc

    def _check_current(self):
        # an empty collection names no node, so a ResetKernel cannot make it stale (PyNEST's is valid too)
        if self._generation != self._kernel.generation and len(self._ids):
            raise InvalidNodeCollection("this NodeCollection was created before ResetKernel() (InvalidNodeCollection): "
                                        "its nodes no longer exist")

    def _parts(self):
        """[(block, from, to, java collection)]: runs of consecutive ids within one block."""
        self._check_current()
        if self._parts_cache is None:
            parts = []
            ids = self._ids
            start = 0
            while start < len(ids):
                block = self._kernel.block_of(int(ids[start]))
                end_of_block = block.first + block.size
                end = start + 1
                while end < len(ids) and ids[end] == ids[end - 1] + 1 and ids[end] < end_of_block:
                    end += 1
                lo = int(ids[start]) - block.first
                hi = int(ids[end - 1]) - block.first + 1
                java = block.java if (lo == 0 and hi == block.size) else block.java.slice(lo, hi)
                parts.append((block, start, end, java))
                start = end
            object.__setattr__(self, "_parts_cache", parts)
        return self._parts_cache

    @property
    def spatial(self):
        """PyNEST's spatial information: ``center``, ``edge_wrap``, ``extent``, ``network_size``, ``positions`` (and
        ``shape`` for a grid) of nodes created with ``positions=``; None for other nodes."""
        from . import _layers
        return _layers.spatial_status(self)

    def _java(self):
        """The one Java collection behind this NodeCollection, or None if it spans several."""
        parts = self._parts()
        return parts[0][3] if len(parts) == 1 else None

    # -- sequence behaviour ------------------------------------------------------------------
    def __len__(self):
        return len(self._ids)

    def __iter__(self):
        for node_id in self._ids:
            yield self._derived(numpy.array([node_id], dtype=numpy.int64))

    def __getitem__(self, key):
        self._check_current()
        if isinstance(key, slice):
            if key.step is not None and key.step < 1:
                raise IndexError("slicing step for NodeCollection must be strictly positive")
            n = len(self._ids)
            for which, bound in (("start", key.start), ("stop", key.stop)):
                if bound is not None and not -n <= bound <= n:  # PyNEST refuses, where Python would clip
                    raise IndexError("slice %s %d is outside a NodeCollection of %d nodes" % (which, bound, n))
            return self._derived(self._ids[key])
        if isinstance(key, (numbers.Integral, numpy.integer)):
            n = len(self._ids)
            if not -n <= key < n:
                raise IndexError("index %d out of range for a NodeCollection of %d nodes" % (key, n))
            return self._derived(self._ids[int(key):int(key) + 1] if key >= 0 else self._ids[[int(key)]])
        if isinstance(key, (list, tuple, numpy.ndarray)):
            array = _index_array(key)
            if array.dtype == bool:
                if len(array) != len(self._ids):
                    raise IndexError("boolean index of length %d for a NodeCollection of %d" % (len(array), len(self)))
                return self._derived(self._ids[array])
            index = array.astype(numpy.int64)
            if numpy.any(numpy.diff(index) < 0):
                raise UnsortedIndices("Indices must be sorted in ascending order (a NodeCollection's ids are)")
            if len(numpy.unique(index)) != len(index):
                raise RepeatedIndices("All node IDs in a NodeCollection have to be unique (an index is repeated)")
            return self._derived(self._ids[index])
        raise TypeError("NodeCollection indices must be integers, slices or lists of integers, not %s" % type(key).__name__)

    def __add__(self, other):
        if isinstance(other, numbers.Integral) and not isinstance(other, bool) and other == 0:
            return self  # PyNEST's: 0 is the neutral element, so sum([nc_a, nc_b]) joins collections
        if not isinstance(other, NodeCollection):
            return NotImplemented
        if other._kernel is not self._kernel or other._generation != self._generation:
            raise KernelException("cannot join NodeCollections from before and after ResetKernel()")
        self._check_current()  # two collections from before a ResetKernel name nodes that are gone
        other._check_current()
        if len(numpy.intersect1d(self._ids, other._ids)):
            raise BadProperty("Cannot join overlapping NodeCollections: they share node ids")
        layers = {id(part[0].layer) for nc in (self, other) if len(nc) for part in nc._parts()}
        if len(layers) > 1 and any(part[0].layer is not None for nc in (self, other) if len(nc) for part in nc._parts()):
            # NEST keeps one set of spatial metadata per collection: layers join only with themselves
            raise KernelException("Can only join NodeCollections with the same metadata: a spatial NodeCollection "
                                  "joins only parts of its own layer")
        return self._derived(numpy.union1d(self._ids, other._ids))

    def __radd__(self, other):
        return self.__add__(other)

    def __eq__(self, other):
        if not isinstance(other, NodeCollection):
            return NotImplemented
        return self._generation == other._generation and numpy.array_equal(self._ids, other._ids)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self):
        return hash((self._generation, self._ids.tobytes()))

    def __contains__(self, node):
        if isinstance(node, NodeCollection):
            return bool(numpy.all(numpy.isin(node._ids, self._ids)))
        return bool(numpy.isin(node, self._ids))

    def __bool__(self):
        return len(self._ids) > 0

    def index(self, node_id):
        where = numpy.nonzero(self._ids == node_id)[0]
        if not len(where):
            raise ValueError("%s is not in the NodeCollection" % node_id)
        return int(where[0])

    def tolist(self):
        """The node ids as a list of Python ints."""
        return [int(i) for i in self._ids]

    def __array__(self, dtype=None):
        return self._ids.astype(dtype) if dtype is not None else self._ids.copy()

    def __repr__(self):
        """PyNEST's text: one line for consecutive ids of one model, else one line per run of ids
        (``step`` for an evenly strided slice), a one-node run naming no ``last``."""
        if not len(self._ids):
            return "NodeCollection(<empty>)"
        if self._generation != self._kernel.generation:
            return "NodeCollection(<from before ResetKernel>, size=%d)" % len(self._ids)
        groups = []  # [block, from, to]: neighbouring parts of one block, which may be a strided slice
        for block, start, end, _ in self._parts():
            if groups and groups[-1][0] is block:
                groups[-1][2] = end
            else:
                groups.append([block, start, end])
        runs = []
        for block, start, end in groups:
            runs.extend(_runs(block.model, self._ids[start:end]))
        # PyNEST names a layer's metadata "spatial"
        metadata = "spatial" if groups[0][0].layer is not None else "None"
        if len(runs) == 1 and runs[0][4] == 1:
            return "NodeCollection(metadata=%s, %s)" % (metadata, _run_text(*runs[0]))
        indent = "\n" + " " * len("NodeCollection(")
        return "NodeCollection(metadata=%s," % metadata + indent + (";" + indent).join(_run_text(*r) for r in runs) + ")"

    __str__ = __repr__

    # -- parameters --------------------------------------------------------------------------
    @translating
    def get(self, *params, output=""):
        """PyNEST's ``get``: ``get()`` every parameter, ``get('V_m')`` one (a value for one node, a
        tuple for several), ``get(['V_m', 'C_m'])`` a dict, ``get('events', 'times')`` one entry of
        a dict-valued parameter. ``output='json'`` returns the same as a JSON string, ``output='pandas'``
        a pandas DataFrame with one row per node (pandas must be installed)."""
        if output not in ("", None, "json", "pandas"):
            raise BadProperty("get(output=%r): output must be '', 'json' or 'pandas'" % (output,))
        result = self._get(params)
        if output == "json":
            import json
            return json.dumps(result, default=_plain)
        if output == "pandas":
            return _frame(result, params, self.tolist())
        return result

    def _get(self, params):
        if not params:
            names = []
            for block, _, _, _ in self._parts():
                for name in _parameter_names(self._kernel, block.model):
                    if name not in names:
                        names.append(name)
            return {name: self._values(name) for name in names}
        if len(params) == 1 and not isinstance(params[0], (str, bytes)) and isinstance(params[0], _abc.Iterable):
            names = list(params[0])  # a list, tuple, dict's keys, ... of names, as PyNEST takes
            if not all(isinstance(name, str) for name in names):
                raise TypeError("get() takes parameter names (strings), found %r" % (names,))
            return {name: self._values(name) for name in names}
        if len(params) == 1 and isinstance(params[0], str):
            return self._values(params[0])
        if len(params) == 2 and all(isinstance(p, str) for p in params):
            outer = self._values(params[0])
            if len(self) == 1:
                return _entry(outer, params[0], params[1])
            return tuple(_entry(value, params[0], params[1]) for value in outer)
        if len(params) == 2 and isinstance(params[0], str) and isinstance(params[1], (list, tuple)) \
                and all(isinstance(p, str) for p in params[1]):
            # PyNEST's get("events", ["senders", "times"]): those entries of a dictionary parameter
            outer = self._values(params[0])
            if len(self) == 1:
                return {inner: _entry(outer, params[0], inner) for inner in params[1]}
            return {inner: tuple(_entry(value, params[0], inner) for value in outer) for inner in params[1]}
        if all(isinstance(p, str) for p in params):
            return {name: self._values(name) for name in params}
        raise TypeError("get() takes parameter names (strings or one list of strings)")

    def _values(self, name):
        import jpype
        try:
            return self._read(name)
        except jpype.JException as e:
            error = translate(e)
        if type(error) is UnaccessedDictionaryEntry:
            error = UnknownEntryRead(str(error))  # PyNEST raises KeyError for it
        raise error

    def _read(self, name):
        parts = self._parts()
        per_node = []
        if len(parts) > 1 and not name.startswith("_"):
            # over nodes of several models, as PyNEST: None where a node's model lacks the entry, and
            # the one error of a single model only if none has it
            held = [name in _parameter_names(self._kernel, block.model) for block, _, _, _ in parts]
            if not any(held):
                parts[0][3].get(name)  # the kernel's error naming the entry and what the model has
            for (block, start, end, java), has in zip(parts, held):
                per_node.extend(_part_values(block, start, end, java, name, self._ids) if has
                                else [None] * (end - start))
        else:
            for block, start, end, java in parts:
                per_node.extend(_part_values(block, start, end, java, name, self._ids))
        return per_node[0] if len(per_node) == 1 else tuple(per_node)

    @translating
    def set(self, params=None, **kwargs):
        """PyNEST's ``set``: ``set(V_m=-70.0)``, ``set({'V_m': -70.0})``, ``set([{...}, {...}])`` (one dict
        per node); values are scalars, one value per node (list or numpy array) or ``nest.random``
        parameters. Every node's values are checked before any is changed."""
        if params is not None and kwargs:
            raise TypeError("set() takes a dict or keyword arguments, not both")
        if isinstance(params, (list, tuple)):
            if len(params) != len(self):
                raise ValueError("set() with a list needs one dict per node: %d dicts for %d nodes"
                                 % (len(params), len(self)))
            for node, values in zip(self, params):
                node.set(values)
            return
        values = dict(params if params is not None else kwargs)
        if not isinstance(params if params is not None else kwargs, dict):
            raise TypeError("set() takes a dict of parameters, found %s" % type(params).__name__)
        if "frozen" in values and all(_is_false(v) for v in numpy.ravel(numpy.asarray(values["frozen"], dtype=object))):
            values.pop("frozen")  # NEST's default: every node is updated
        for name in _META + ("recordables", "receptor_types"):
            if name in values:
                raise _bad_meta(name)
        for name in ("center", "extent", "edge_wrap", "shape", "positions", "network_size"):
            if name in values and self.spatial is not None:
                raise UnaccessedDictionaryEntry("set(): '%s' is spatial metadata, fixed when the layer was created "
                                                "(NodeCollection.spatial)" % name)
        for block, start, end, java in self._parts():
            java.set(_convert.to_java_map({k: _split(v, start, end, len(self), k, _list_type(block, k) is not None)
                                           for k, v in values.items()}))

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("NodeCollection has no attribute %s to set" % name)
        self.set({name: value})


def _runs(model, ids):
    """(model, size, first, last, step) of the runs PyNEST shows: the whole part if it is evenly
    strided, else each stretch of consecutive ids."""
    if len(ids) > 2 and numpy.all(numpy.diff(ids) == ids[1] - ids[0]) and ids[1] > ids[0]:
        return [(model, len(ids), int(ids[0]), int(ids[-1]), int(ids[1] - ids[0]))]
    runs, first = [], 0
    for k in range(1, len(ids) + 1):
        if k == len(ids) or ids[k] != ids[k - 1] + 1:
            runs.append((model, k - first, int(ids[first]), int(ids[k - 1]), 1))
            first = k
    return runs


def _run_text(model, size, first, last, step):
    text = "model=%s, size=%d, first=%d" % (model, size, first)
    if size > 1:
        text += ", last=%d" % last
    return text + (", step=%d" % step if step > 1 else "")


def _list_type(block, name):
    """"REAL_LIST" or "STRING_LIST" if ``name`` is such a parameter of the block's model, else None."""
    kernel = _state.kernel()
    base, _ = kernel.resolve(block.model, quiet=True)
    _, extension = kernel.extension(base) if base else (None, None)
    spec = extension.parameters().find(name).orElse(None) if extension is not None else None
    kind = str(spec.type()) if spec is not None else None
    return kind if kind in ("REAL_LIST", "STRING_LIST") else None


def _samples_lag(block):
    """True for recorders that sample state (multimeter, voltmeter, and copies of them)."""
    kernel = _state.kernel()
    base, _ = kernel.resolve(block.model, quiet=True)
    kind, extension = kernel.extension(base) if base else (None, None)
    return kind == "recorder" and str(extension.kind()) == "STATE"


def _as_nest_shows(block, events, node):
    """A state recorder's events as NEST shows them between runs, in NEST's order.

    NEST's neurons hand their samples of one communication interval (min_delay) to the multimeter in
    the next one, so after a run the samples of its last interval (from the last multiple of
    min_delay before its end) appear only in the next run, or never after the last (`Simulate(30)` at
    min_delay 1 ms shows samples up to 29 ms). They arrive interval by interval, each neuron's in a
    block, neurons in the order they were connected (NEST with one thread). The kernel keeps all
    samples, time by time; Python shows what NEST shows, so scripts see the same arrays."""
    if not _samples_lag(block) or not len(events.get("times", ())):
        return events
    kernel = _state.kernel()
    status = kernel.simulator.getKernelStatus()
    h = float(status.get("resolution"))
    end = int(round(float(status.get("biological_time")) / h))
    interval = max(1, int(round(float(status.get("min_delay")) / h)))
    last_slice = (end - 1) // interval * interval if end > 0 else 0
    # with time_in_steps the times are steps (and an "offsets" array comes with them)
    steps = events["times"] if "offsets" in events else numpy.rint(events["times"] / h)
    keep = steps <= last_slice + 0.5
    # a sample taken at the end of step s belongs to the interval holding step s - 1
    interval_of = (steps[keep].astype(numpy.int64) - 1) // interval
    targets = numpy.array(kernel.simulator.getConnections(_convert.ids_to_java(numpy.array([node])), None, None)
                          .targets(), dtype=numpy.int64)
    senders = events["senders"][keep].astype(numpy.int64)
    # each sender's place among the recorder's targets (its first connection), senders not listed last
    lookup = numpy.full(max(int(senders.max()), int(targets.max(initial=0))) + 1, len(targets), dtype=numpy.int64)
    lookup[targets[::-1]] = numpy.arange(len(targets) - 1, -1, -1)
    rank = lookup[senders]
    order = numpy.lexsort((steps[keep], rank, interval_of))
    total = len(keep)
    return {key: value[keep][order] if isinstance(value, numpy.ndarray) and len(value) == total else value
            for key, value in events.items()}


def _plain(value):
    """JSON for what the kernel returns besides plain Python values: numpy arrays and scalars."""
    if isinstance(value, numpy.ndarray):
        return value.tolist()
    if isinstance(value, numpy.generic):
        return value.item()
    raise TypeError("%s is not JSON serialisable" % type(value).__name__)


def _frame(result, params, ids):
    """PyNEST's ``output='pandas'``: a DataFrame indexed by node id, one column per parameter."""
    try:
        import pandas
    except ImportError:
        raise ImportError("get(output='pandas') needs pandas (e.g. apt install python3-pandas)") from None
    if not isinstance(result, dict):
        result = {params[-1]: result}  # get("events", "times"): the column of the inner entry, as PyNEST
    columns = {name: list(value) if len(ids) > 1 else [value] for name, value in result.items()}
    return pandas.DataFrame(columns, index=pandas.Index(ids))  # indexed by node id, unnamed, as PyNEST


def _bad_meta(name):
    if name == "frozen":
        from .kernel import NotImplemented_
        return NotImplemented_("frozen = True: Syncytium updates every node (NEST's frozen nodes are not provided)")
    # NEST's class: set_status leaves the entry unread
    return UnaccessedDictionaryEntry("%s is read-only; set() changes a model's parameters" % name)


def _is_false(value):
    return value is False or isinstance(value, numpy.bool_) and not value


def _placement(kernel, kind, ids):
    """NEST's ``vp`` of nodes in one process: a neuron's id modulo the virtual processes (NEST's
    round-robin), 0 for devices, which NEST keeps on every thread and answers for from thread 0.
    Syncytium's workers share the neurons by measured cost instead, so this names no worker."""
    if kind != "neuron":
        return [0] * len(ids)
    vps = int(kernel.simulator.getKernelStatus().get("total_num_virtual_procs"))
    return [int(i) % vps for i in ids]


def _entry(value, outer, inner):
    if not isinstance(value, dict):
        raise TypeError("get(%r, %r): %s is not a dictionary" % (outer, inner, outer))
    if inner not in value:
        raise KeyError(inner)
    return value[inner]


def _index_array(key):
    """A list, tuple or numpy array of indices as a one-dimensional array of whole numbers or of bools,
    as PyNEST takes them: a mixture of the two, other numbers or more dimensions are a TypeError."""
    if isinstance(key, numpy.ndarray):
        if key.ndim != 1:
            raise TypeError("NodeCollection: a numpy index array must be one-dimensional, found %d dimensions" % key.ndim)
        if len(key) and not (key.dtype == bool or numpy.issubdtype(key.dtype, numpy.integer)):
            raise TypeError("NodeCollection: index arrays hold integers or bools, found %s" % key.dtype)
        return key
    if all(isinstance(k, (bool, numpy.bool_)) for k in key) and len(key):
        return numpy.array(key, dtype=bool)
    if all(isinstance(k, (numbers.Integral, numpy.integer)) and not isinstance(k, (bool, numpy.bool_)) for k in key):
        return numpy.array(key, dtype=numpy.int64)
    raise TypeError("NodeCollection: indices must be all integers or all bools, found %r" % (list(key),))


def _first_per_node(value, total, name, where):
    """A per-node sequence with more values than ``total`` nodes cut to its first ``total``, as PyNEST's
    Create and set take it (NEST 3.10 uses the first values without a word; this warns, since the
    rest are dropped); anything else as it is."""
    if isinstance(value, (list, tuple, numpy.ndarray)) and numpy.ndim(value) == 1 and len(value) > total > 1 \
            and not all(isinstance(v, str) for v in value):
        warnings.warn("%s: %s has %d values for %d nodes; the first %d are used, as in NEST"
                      % (where, name, len(value), total, total), stacklevel=_caller_level())
        return value[:total]
    return value


def _caller_level():
    """The ``stacklevel`` of the first frame outside this package: a warning names the script's line."""
    here = os.path.dirname(os.path.abspath(__file__))
    frame, level = sys._getframe(1), 1
    while frame is not None and os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == here:
        frame, level = frame.f_back, level + 1
    return level


def _split(value, start, end, total, name, list_valued=False):
    """The part [start, end) of a per-node value; scalars, strings and random parameters as they are.
    For a list-valued parameter (spike_times, record_from) a flat list is every node's value, as in
    PyNEST; only a list of lists is split."""
    if list_valued:
        per_node = isinstance(value, (list, tuple)) and total > 1 and len(value) == total and all(
            isinstance(v, (list, tuple, numpy.ndarray)) for v in value)
        return (list(value[start:end]) if end - start > 1 else value[start]) if per_node else value
    value = _first_per_node(value, total, name, "set()")
    if isinstance(value, (list, tuple, numpy.ndarray)) and numpy.ndim(value) > 0 and total > 1 \
            and not all(isinstance(v, str) for v in value):
        if len(value) != total:  # PyNEST's class for it
            raise IndexError("set(): %s has %d values for %d nodes; give one per node, or one for all"
                             % (name, len(value), total))
        return numpy.asarray(value)[start:end] if end - start > 1 else numpy.asarray(value)[start]
    return value


def _parameter_names(kernel, model):
    base, _ = kernel.resolve(model)
    kind, extension = kernel.extension(base)
    names = list(_META)
    if extension is not None:
        names += [str(n) for n in extension.parameters().names()]
    if kind == "recorder":
        names += ["events"]
    if kind == "stimulator" and extension is not None and len(extension.recordables()) > 0:
        names += ["recordables"]  # what a multimeter records from the device (NEST's current generators: I)
    if kind == "neuron":
        names += ["recordables"]
        if "tau_minus" not in names:
            names += ["tau_minus"]  # kept by the kernel for plastic synapses (NEST's archiving node)
        if int(extension.spikeReceptors()) > 0:
            names += ["receptor_types"]
    return names


def _records_weights(block):
    """True for a weight_recorder (or a copy of one)."""
    base, _ = _state.kernel().resolve(block.model, quiet=True)
    kind, extension = _state.kernel().extension(base)
    return kind == "recorder" and str(extension.kind()) == "WEIGHTS"


def _part_values(block, start, end, java, name, ids):
    n = end - start
    if name == "global_id":
        return [int(i) for i in ids[start:end]]
    if name == "model":
        return [block.model] * n
    if name == "model_id":
        return [_state.kernel().model_id(block.model)] * n
    if name in ("vp", "thread"):
        return _placement(_state.kernel(), _state.kernel().kind_of(block.model), ids[start:end])
    if name in ("local", "frozen", "thread_local_id"):
        return [{"local": True, "frozen": False, "thread_local_id": -1}[name]] * n
    if name == "node_uses_wfr":
        base, _ = _state.kernel().resolve(block.model, quiet=True)
        kind, extension = _state.kernel().extension(base)
        from ._api import _uses_wfr
        return [kind == "neuron" and bool(extension.supportsGapJunctions()) and _uses_wfr()] * n
    if name == "recordables" and _state.kernel().kind_of(block.model) == "neuron":
        # per node: a multisynapse neuron records one current or conductance per receptor it has
        lists = [_convert.to_python(java.get(name))] if n == 1 else [
            _convert.to_python(java.slice(i, i + 1).get(name)) for i in range(n)]
        return [sorted(str(r) for r in v) for v in lists]
    if name == "recordables" and _state.kernel().kind_of(block.model) == "stimulator":
        base, _ = _state.kernel().resolve(block.model, quiet=True)
        return [sorted(str(r) for r in _state.kernel().extension(base)[1].recordables())] * n
    if name == "receptor_types" and _state.kernel().kind_of(block.model) == "neuron":
        from ._api import _receptor_types
        base, _ = _state.kernel().resolve(block.model, quiet=True)
        return [_receptor_types(_state.kernel().extension(base)[1])] * n
    if name == "element_type":
        kind = _state.kernel().kind_of(block.model)
        return [{"neuron": "neuron", "stimulator": "stimulator", "recorder": "recorder"}.get(kind, kind)] * n
    if name == "events":
        if n == 1:
            events = [_convert.events_to_python(java.events())]
        else:
            events = [_convert.events_to_python(java.slice(i, i + 1).events()) for i in range(n)]
        return [_as_nest_shows(block, e, node) for e, node in zip(events, ids[start:end])]
    if name == "n_events" and _samples_lag(block):
        # in memory the events say how many NEST shows; written to files they are all counted
        shown = _part_values(block, start, end, java, "events", ids)
        counts = _part_values(block, start, end, java, "_n_events", ids)
        places = _part_values(block, start, end, java, "record_to", ids)
        return [len(e["times"]) if to == "memory" else c for e, c, to in zip(shown, counts, places)]
    if name == "_n_events":
        name = "n_events"
    list_type = _list_type(block, name)
    if list_type is not None:
        # one list per node (spike_times, record_from): asked node by node, since a collection's value
        # would be ambiguous when the list is as long as the collection
        lists = [_convert.to_python(java.get(name))] if n == 1 else [
            _convert.to_python(java.slice(i, i + 1).get(name)) for i in range(n)]
        if name in ("senders", "targets") and _records_weights(block):
            return [NodeCollection([int(i) for i in v]) for v in lists]  # node ids, a NodeCollection as in NEST
        return [numpy.array(v, dtype=numpy.float64) if list_type == "REAL_LIST" else v for v in lists]
    value = _convert.to_python(java.get(name))
    if isinstance(value, numpy.ndarray):
        return [v.item() for v in value]
    if n == 1:
        return [value]
    if isinstance(value, list) and len(value) == n:
        return value
    return [value] * n
