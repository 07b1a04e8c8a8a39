"""Connections as PyNEST returns them from GetConnections: a SynapseCollection with ``len``,
indexing, iteration, ``get`` (``source``, ``target``, ``weight``, ``delay``, ``receptor``,
``synapse_model``),
attributes (``conns.weight``) and ``sources()``/``targets()``.

It is a snapshot taken when GetConnections is called (NEST's is a live view): connections made
later are missing from it, and ``set`` changes the kernel's connections and this collection's
columns (not those of other collections listing the same connections). Gap junctions have no
delay (NaN); a recorder's connections have the weight and delay they were made with, as in NEST.
"""

import jpype
import numpy

from . import _convert, _state
from .kernel import BadProperty, DimensionMismatch, InexistentConnection, NotImplemented_, UnknownSynapseType, translating

_KEYS = ("source", "target", "weight", "delay", "receptor", "synapse_model")


class SynapseCollection:
    """Connections listed by GetConnections (PyNEST's ``nest.SynapseCollection``)."""

    def __init__(self, columns, values=()):
        object.__setattr__(self, "_columns", columns)
        # the plastic models' per-connection values (stdp_synapse's Kplus, ...), which change as a
        # simulation runs, as the weights of plastic connections do
        object.__setattr__(self, "_plastic_values", tuple(values))
        object.__setattr__(self, "_print_full", False)
        # the kernel it lists: after ResetKernel the collection is empty, as PyNEST's
        object.__setattr__(self, "_generation", _state.kernel().generation)

    def __len__(self):
        if self._generation != _state.kernel().generation:
            return 0
        return len(self._columns["source"])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __getitem__(self, key):
        if isinstance(key, (int, numpy.integer)):
            if not -len(self) <= key < len(self):
                raise IndexError("index %d out of range for %d connections" % (key, len(self)))
            key = slice(key, key + 1 if key != -1 else None)
        part = SynapseCollection({k: v[key] for k, v in self._columns.items()}, self._plastic_values)
        object.__setattr__(part, "_generation", self._generation)
        return part

    def __eq__(self, other):
        return isinstance(other, SynapseCollection) and all(
            numpy.array_equal(self._columns[k], other._columns[k]) for k in ("source", "target", "synapse_model"))

    @translating
    def disconnect(self):
        """PyNEST's ``SynapseCollection.disconnect``: removes these connections from the kernel, all or
        none. A connection is named by its two nodes and its number among the connections between
        them, so after removing one of several connections between a pair, list them again
        (``GetConnections``) before naming the others."""
        if len(self) == 0:
            return
        kernel = _state.kernel()
        occurrences = self._occurrences_now(kernel)
        kernel.simulator.disconnect(*self._names(occurrences))
        # later removals first, so that replaying them in order renumbers an older name correctly
        ends = zip(self._columns["source"].tolist(), self._columns["target"].tolist(), self._columns["_gap"].tolist())
        for end, occurrence in sorted(zip(ends, occurrences), key=lambda e: -e[1]):
            kernel.removals.setdefault(end, []).append((kernel.disconnects, occurrence))
        kernel.disconnects += 1

    def _refresh(self):
        """Reads plastic connections' weights and values again if a simulation ran since they were
        listed: NEST's collection is a live view, and scripts read learned weights from a collection
        listed before Simulate."""
        kernel = _state.kernel()
        stale = self._columns["_plastic"] & (self._columns["_listed_run"] < kernel.runs)
        if not stale.any():
            return
        rows = numpy.flatnonzero(stale)
        sources = self._columns["source"][rows]
        targets = self._columns["target"][rows]
        fresh = _listing(kernel, _convert.ids_to_java(numpy.unique(sources)), _convert.ids_to_java(numpy.unique(targets)),
                         None)
        where = {end: i for i, end in enumerate(zip(fresh._columns["source"].tolist(), fresh._columns["target"].tolist(),
                                                     fresh._columns["_gap"].tolist(),
                                                     fresh._columns["_occurrence"].tolist()))}
        occurrences = self._occurrences_now(kernel)
        for row in rows.tolist():
            end = (int(self._columns["source"][row]), int(self._columns["target"][row]), bool(self._columns["_gap"][row]),
                   occurrences[row])
            i = where.get(end)
            if i is None:
                continue
            for key in ("weight",) + self._plastic_values:
                if key in fresh._columns:
                    self._columns[key][row] = fresh._columns[key][i]
            self._columns["_listed_run"][row] = kernel.runs

    def _occurrences_now(self, kernel):
        """Each connection's number between its two nodes now: lower by one for every earlier connection
        between them disconnected since this collection was listed."""
        occurrences = self._columns["_occurrence"].tolist()
        if not kernel.removals:
            return occurrences
        ends = zip(self._columns["source"].tolist(), self._columns["target"].tolist(), self._columns["_gap"].tolist())
        for k, (end, listed_at) in enumerate(zip(ends, self._columns["_listed_at"].tolist())):
            for call, gone in kernel.removals.get(end, ()):
                if call < listed_at:
                    continue
                if gone == occurrences[k]:
                    raise InexistentConnection("connection %d -> %d was disconnected" % end[:2])
                if gone < occurrences[k]:
                    occurrences[k] -= 1
        return occurrences

    def _names(self, occurrences):
        """The kernel's names of these connections: sources, targets, occurrences, gap flags."""
        return (_convert.ids_to_java(self._columns["source"]), _convert.ids_to_java(self._columns["target"]),
                jpype.JArray(jpype.JInt)(occurrences), jpype.JArray(jpype.JBoolean)(self._columns["_gap"].tolist()))

    def __repr__(self):
        """PyNEST's table: source, target, synapse model, weight and delay per connection (4 significant
        digits); past 35 connections only the first and last 15 unless ``print_full`` is set."""
        n = len(self)
        if n == 0:
            return "The synapse collection does not contain any connections."
        columns = [self._columns[k].tolist() for k in ("source", "target", "synapse_model", "weight", "delay")]
        model_width = max(15, max(len(m) for m in columns[2]))
        widths = (8, 8, model_width, 8, 7)
        heads = ("source", "target", "synapse model", "weight", "delay")
        lines = [" ".join(h.center(w) for h, w in zip(heads, widths)), " ".join("-" * w for w in widths)]
        rows = list(range(n))
        if n >= 35 and not self._print_full:
            rows = rows[:15] + [None] + rows[-15:]
        for i in rows:
            if i is None:
                cells = ["\u22ee "] * 5
                lines.append(" ".join(c.rjust(w - (1 if k == 0 else 0)) for k, (c, w) in enumerate(zip(cells, widths))))
                continue
            s, t, m, w, d = (column[i] for column in columns)
            lines.append("%*d %*d %*s %*s %*s" % (widths[0] - 1, s, widths[1], t, widths[2], m, widths[3],
                                                   "%#.4g" % w, widths[4], "%#.4g" % d))
        return "\n".join(lines)

    __str__ = __repr__

    def sources(self):
        """Source node ids, one per connection."""
        return iter(self._columns["source"].tolist())

    def targets(self):
        """Target node ids, one per connection."""
        return iter(self._columns["target"].tolist())

    @property
    def distance(self):
        """The distance from each connection's source to its target (the shorter way round where the
        target's layer wraps); NaN where either node has no position. A list, as PyNEST's."""
        from . import _layers
        return _layers.connection_distances(self._columns["source"], self._columns["target"])

    def get(self, keys=None, output=""):
        """A value (one connection) or list (several) per key; a dict for a list of keys or none."""
        if output not in ("", None, "json", "pandas"):
            raise BadProperty("get(output=%r): output must be '', 'json' or 'pandas'" % (output,))
        if keys is None and len(self) == 0:
            result = {}  # PyNEST's get() of no connections
        elif keys is None:
            # the values of the models these connections have (a listing holds the columns of all)
            plastic = tuple(k for k in self._plastic_values if not numpy.isnan(self._columns[k]).all())
            result = {k: self._values(k) for k in _KEYS + plastic + self._aliases()}
        elif isinstance(keys, str):
            result = self._values(keys)
        else:
            result = {k: self._values(k) for k in keys}
        if output == "json":
            import json
            from .nodes import _plain
            return json.dumps(result, default=_plain)
        if output == "pandas":
            return self._frame(result, keys)
        return result

    def _frame(self, result, keys):
        """PyNEST's ``output='pandas'`` of connections: one row per connection, one column per key."""
        try:
            import pandas
        except ImportError:
            raise ImportError("get(output='pandas') needs pandas (e.g. apt install python3-pandas)") from None
        if not isinstance(result, dict):
            result = {keys: result}
        columns = {k: v if isinstance(v, list) else [v] for k, v in result.items()}
        rows = len(next(iter(columns.values()))) if columns else 0
        return pandas.DataFrame(columns, index=pandas.RangeIndex(1, rows + 1))  # rows 1..n, as PyNEST

    def _aliases(self):
        """The aliases of these connections' models (a NESTML synapse's ``w`` for ``weight``), in order."""
        kernel = _state.kernel()
        found = []
        for model in dict.fromkeys(self._columns["synapse_model"].tolist()):
            found += [a for a in kernel.aliases(model) if a not in found]
        return tuple(found)

    def _alias_values(self, alias):
        """The values of ``alias``: its parameter's where a connection's model has it, None elsewhere."""
        kernel = _state.kernel()
        models = self._columns["synapse_model"].tolist()
        names = {m: kernel.aliases(m).get(alias) for m in dict.fromkeys(models)}
        columns = {name: self._values_list(name) for name in set(names.values()) if name is not None}
        values = [columns[names[m]][i] if names[m] is not None else None for i, m in enumerate(models)]
        return values[0] if len(values) == 1 else values

    def _values(self, key):
        if key not in self._columns and key in self._aliases():
            return self._alias_values(key)
        values = self._values_list(key)
        return values[0] if len(values) == 1 else values

    def _values_list(self, key):
        if key not in self._columns:
            raise KeyError(key)
        if len(self) == 0:
            return ()
        if key == "weight" or key in self._plastic_values:
            self._refresh()
        values = self._columns[key].tolist()
        if key in self._plastic_values:
            # None where the connection's model has no such value, as PyNEST shows it
            values = [None if v != v else v for v in values]
        return values

    @translating
    def set(self, params=None, **kwargs):
        """PyNEST's ``set``: ``set(weight=2.0)``, ``set({'weight': w, 'delay': d})`` with scalars or one
        value per connection, or a list with one dict per connection. ``weight`` (pA; nS for gap
        junctions) and ``delay`` (ms) can change; every value is checked before any changes."""
        if params is None:
            params = kwargs
        elif kwargs:
            raise TypeError("set() takes a dict or keyword arguments, not both")
        n = len(self)
        if n == 0:
            return  # nothing to set (a collection listed before ResetKernel lists nothing)
        if isinstance(params, (list, tuple)):
            if len(params) != n:
                raise ValueError("set: %d dicts for %d connections" % (len(params), n))
            keys = set().union(*(p.keys() for p in params)) if params else set()
            params = {key: [p.get(key, self._columns[key][i] if key in self._columns else None)
                            for i, p in enumerate(params)] for key in keys}
        if not isinstance(params, dict):
            raise TypeError("set() takes a dict of parameters, found %s" % type(params).__name__)
        params = self._unaliased(params)
        values = {key: self._per_connection(key, value, n) for key, value in params.items()}
        kernel = _state.kernel()
        simulator = kernel.simulator
        names = self._names(self._occurrences_now(kernel))
        for key, column in values.items():
            simulator.setConnections(*names, key, jpype.JArray(jpype.JDouble)(column))
            column = numpy.asarray(column, dtype=numpy.float64)
            self._columns[key] = _on_the_grid(simulator, column) if key == "delay" else column

    def _unaliased(self, params):
        """``params`` with the aliases of these connections' models (all of them must have an alias given)
        replaced by their parameters."""
        kernel = _state.kernel()
        models = list(dict.fromkeys(self._columns["synapse_model"].tolist()))
        for alias in [k for k in params if k not in self._columns and k in self._aliases()]:
            targets = {kernel.aliases(m).get(alias) for m in models}
            if None in targets or len(targets) > 1:
                raise BadProperty("set: %r is a parameter of only some of these connections' models (%s)"
                                  % (alias, ", ".join(models)))
        for model in models:
            params = kernel.unalias(model, params, "set")
        return params

    def _per_connection(self, key, value, n):
        from .random import Parameter
        if isinstance(value, Parameter):
            raise NotImplemented_("SynapseCollection.set(%s=nest.random...): set drawn values as an array" % key)
        column = numpy.asarray(value, dtype=numpy.float64) if not isinstance(value, str) else None
        if column is None or column.ndim > 1 or (column.ndim == 1 and len(column) != n):
            raise BadProperty("SynapseCollection.set: %s needs one number or %d numbers (one per connection)" % (key, n))
        return (numpy.full(n, float(column)) if column.ndim == 0 else column).tolist()

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name)

    def __setattr__(self, name, value):
        if name == "print_full":  # PyNEST's switch for printing every connection
            object.__setattr__(self, "_print_full", bool(value))
            return
        self.set({name: value})


@translating
def Disconnect(*args, conn_spec=None, syn_spec=None):
    """PyNEST's ``Disconnect``: ``Disconnect(synapse_collection)`` removes those connections;
    ``Disconnect(pre, post, conn_spec="one_to_one", syn_spec="static_synapse")`` removes one connection
    of the synapse model from each pair the rule names (``one_to_one``: pre[i] to post[i];
    ``all_to_all``: every pre to every post), the earliest made first. All or none: a pair without
    such a connection is an ``InexistentConnection`` and removes nothing."""
    from .nodes import NodeCollection
    if len(args) == 1:
        if not isinstance(args[0], SynapseCollection):
            raise TypeError("Arguments must be either a SynapseCollection or two NodeCollections")
        if conn_spec is not None or syn_spec is not None:
            raise ValueError("When disconnecting with a SynapseCollection, conn_spec and syn_spec cannot be specified")
        args[0].disconnect()
        return
    if len(args) != 2 or not all(isinstance(a, NodeCollection) for a in args):
        raise TypeError("Arguments must be either a SynapseCollection or two NodeCollections")
    pre, post = args
    rule = conn_spec if isinstance(conn_spec, str) else (conn_spec or {}).get("rule", "one_to_one")
    if isinstance(syn_spec, dict) and syn_spec and "synapse_model" not in syn_spec:
        raise BadProperty("Disconnect: a syn_spec dict needs 'synapse_model' (the other entries are not used)")
    model = syn_spec.get("synapse_model", "static_synapse") if isinstance(syn_spec, dict) else (
        syn_spec or "static_synapse")
    sources, targets = pre._ids.tolist(), post._ids.tolist()
    if rule == "one_to_one":
        if len(sources) != len(targets):
            raise DimensionMismatch("Disconnect one_to_one: %d sources and %d targets; they must be as many"
                                    % (len(sources), len(targets)))
        pairs = list(zip(sources, targets))
    elif rule == "all_to_all":
        pairs = [(s, t) for t in targets for s in sources]
    else:
        raise BadProperty("Disconnect: rule %r is not one NEST disconnects with; use one_to_one or all_to_all"
                          % (rule,))
    listed = GetConnections(pre, post, model)
    available = {}
    for k, pair in enumerate(zip(listed._columns["source"].tolist(), listed._columns["target"].tolist())):
        available.setdefault(pair, []).append(k)
    chosen = []
    for pair in pairs:
        if not available.get(pair):
            raise InexistentConnection("Disconnect: no %s connection from node %d to node %d is left to remove; "
                                       "nothing was disconnected" % (model, pair[0], pair[1]))
        chosen.append(available[pair].pop(0))
    SynapseCollection({key: column[chosen] for key, column in listed._columns.items()}).disconnect()


def _on_the_grid(simulator, delays):
    """Delays as the kernel keeps them (GetConnections lists them so): whole steps, round(d / h), in ms
    through tics, so that 21 steps of 0.1 ms read 2.1."""
    h = float(simulator.getKernelStatus("resolution"))
    tics = float(simulator.getKernelStatus("tics_per_ms"))
    steps = numpy.floor(delays / h + 0.5)  # Java's Math.round, not numpy's round half to even
    return steps * round(h * tics) / tics


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
    if synapse_model is not None and synapse_model not in kernel.synapse_models():
        raise UnknownSynapseType("Synapse with name %s does not exist." % (synapse_model,))
    # a copy's connections carry its own name (the kernel knows CopyModel's synapse copies)
    return _listing(kernel, _ids(source, "source"), _ids(target, "target"), synapse_model)


def _listing(kernel, sources, targets, model):
    """The kernel's connections from ``sources`` to ``targets`` (Java id arrays, None for all) of ``model``."""
    listed = kernel.simulator.getConnections(sources, targets, model)
    values = {str(name): numpy.array(column, dtype=numpy.float64) for name, column in dict(listed.values()).items()}
    sources = numpy.array(listed.sources(), dtype=numpy.int64)
    targets = numpy.array(listed.targets(), dtype=numpy.int64)
    models = _texts(listed.synapseModels(), len(sources))
    # a few model names for many connections: ask the kernel once per name
    gap_of = {name: _is_gap(kernel, name) for name in set(models.tolist())}
    gap = numpy.array([gap_of[m] for m in models.tolist()], dtype=bool)
    occurrence = _occurrences(sources, targets, gap)
    # where a synapse-model filter lists part of a pair's connections, the kernel numbers them
    counted = numpy.array(listed.occurrences(), dtype=numpy.int64)
    occurrence = numpy.where(counted >= 0, counted, occurrence)
    plastic = numpy.zeros(len(sources), dtype=bool)
    for column in values.values():
        plastic |= ~numpy.isnan(column)
    return SynapseCollection({
        **values,
        "_plastic": plastic,
        "_listed_run": numpy.full(len(sources), kernel.runs, dtype=numpy.int64),
        "source": sources,
        "target": targets,
        "weight": numpy.array(listed.weights(), dtype=numpy.float64),
        "delay": _nest_delays(kernel, numpy.array(listed.delays(), dtype=numpy.float64)),
        "receptor": numpy.array(listed.receptors(), dtype=numpy.int64),
        "synapse_model": models,
        "_occurrence": occurrence,
        "_gap": gap,
        "_listed_at": numpy.full(len(sources), kernel.disconnects, dtype=numpy.int64),
    }, values.keys())


def _nest_delays(kernel, delays):
    """Delays as NEST lists them: steps × resolution (0.3 ms at 0.1 ms reads 0.30000000000000004 there);
    NaN (gap junctions) as it is."""
    h = float(kernel.simulator.getKernelStatus("resolution"))
    steps = numpy.rint(delays / h)
    return numpy.where(numpy.abs(delays / h - steps) < 1e-6, steps * h, delays)


def _texts(java_strings, n):
    """A Java String[] as a numpy array of str: joined in Java and split here, one crossing instead of
    one per element (model names hold no line breaks)."""
    if n == 0:
        return numpy.array([], dtype=object)
    return numpy.array(str(jpype.JClass("java.lang.String").join("\n", java_strings)).split("\n"), dtype=object)


def _occurrences(sources, targets, gap):
    """Which connection of its kind between its two nodes each one is (0-based): the name set() and
    disconnect() hand the kernel, so slices of a collection keep it. The listing keeps creation order
    within a pair and lists every connection of a pair that passes the filters, so this is each row's
    rank among the rows with the same (source, target, gap), in listing order."""
    n = len(sources)
    order = numpy.lexsort((numpy.arange(n), gap, targets, sources))  # stable: listing order within a pair
    first = numpy.ones(n, dtype=bool)
    first[1:] = ((sources[order][1:] != sources[order][:-1]) | (targets[order][1:] != targets[order][:-1])
                 | (gap[order][1:] != gap[order][:-1]))
    starts = numpy.maximum.accumulate(numpy.where(first, numpy.arange(n), 0)) if n else numpy.arange(0)
    occurrence = numpy.empty(n, dtype=numpy.int64)
    occurrence[order] = numpy.arange(n) - starts
    return occurrence


def _is_gap(kernel, name):
    """Whether a listed synapse model (installed or a copy) carries gap-junction coupling; remembered until
    ResetKernel."""
    if name not in kernel.gap_names:
        kind, extension = kernel.extension(kernel.resolve(name, quiet=True)[0])
        kernel.gap_names[name] = kind == "synapse" and str(extension.kind()) == "GAP"
    return kernel.gap_names[name]
