"""PyNEST's functions over the Java kernel: Create, Connect, Simulate (Prepare/Run/Cleanup),
ResetKernel, Get/SetStatus, Get/SetKernelStatus, Get/SetDefaults, CopyModel, Models.
"""

import enum
import numbers
import pathlib
import sys
import time

import jpype
import numpy

from . import _convert, _layers, _masks, _state
from .kernel import (BadParameter, BadParameterValue, BadProperty, DimensionMismatch, IllegalConnection, KernelException,
                     NotImplemented_, UnaccessedDictionaryEntry, UnknownModelName, translating)
from .nodes import NodeCollection, _first_per_node as _nodes_first_per_node

__all__ = ["Create", "Connect", "Simulate", "Prepare", "Run", "Cleanup", "ResetKernel", "GetStatus", "SetStatus",
           "GetKernelStatus", "SetKernelStatus", "GetDefaults", "SetDefaults", "CopyModel", "Models",
           "set_verbosity", "get_verbosity", "VerbosityLevel", "Install", "RunManager", "Rank", "NumProcesses",
           "GetLocalNodeCollection", "GetNodes", "PrintNodes", "message", "to_json"]


def _k():
    return _state.kernel()


# -- nodes -----------------------------------------------------------------------------------
@translating
def Create(model, n=1, params=None, positions=None):
    """Creates ``n`` nodes of ``model``; ``params`` is a dict for all nodes or a list of one dict per node.
    As in PyNEST, ``Create(model, {...})`` creates one node with those parameters."""
    if isinstance(n, dict) and params is None:
        n, params = 1, n
    if positions is not None:
        return _create_layer(model, n, params, positions)
    if not isinstance(model, str):
        raise TypeError("Create: model must be a model name (str), found %s" % type(model).__name__)
    if isinstance(n, bool) or not isinstance(n, (numbers.Integral, numpy.integer)):
        raise TypeError("Create: n must be an integer, found %r" % (n,))
    if n < 1:
        raise BadParameterValue("Create: n must be at least 1, found %d" % n)
    kernel = _k()
    base, preset = kernel.resolve(model)
    per_node = None
    if isinstance(params, (list, tuple)):
        if len(params) != n:
            raise TypeError("Create: a list of params must have one dictionary per node: %d dicts for %d nodes" % (len(params), n))
        per_node = params
        params = None
    elif params is not None and not isinstance(params, dict):
        raise TypeError("Create: params must be a dict or a list of dicts, found %s" % type(params).__name__)
    merged = {**preset, **(params or {})}
    _, extension = kernel.extension(base)
    if extension is not None and n > 1:
        # a list-valued parameter (spike_times) takes a flat list as every node's value
        listed = {str(p.name()) for p in extension.parameters().specs() if str(p.type()) in ("REAL_LIST", "STRING_LIST")}
        merged = {k: v if k in listed else _nodes_first_per_node(v, n, k, "Create") for k, v in merged.items()}
    with kernel.timed("time_construction_create"):
        java = kernel.simulator.create(base, int(n), _convert.to_java_map(merged))
        block = kernel.add_block(java, model)
        nodes = NodeCollection._of_block(block)
        if per_node is not None:
            nodes.set(list(per_node))
    return nodes


def _create_layer(model, n, params, positions):
    """PyNEST's spatial Create: the nodes, their positions (kept by the kernel), then ``params``, which may
    read the positions (``nest.spatial.pos.x``)."""
    from . import spatial
    if isinstance(positions, spatial.grid):
        if n != 1:
            raise ValueError("Cannot specify number of nodes with grid positions")
        layer = _layers.grid_layer(positions, None)
    elif isinstance(positions, spatial.free):
        from .random import Parameter
        drawn = all(isinstance(p, Parameter) for p in positions.pos) and len(positions.pos)
        # n counts drawn positions; with a list of positions PyNEST ignores it
        layer = _layers.free_layer(positions, n if drawn else None)
    else:
        raise TypeError("`positions` must be either a nest.spatial.free or a nest.spatial.grid object")
    nodes = Create(model, len(layer.positions))
    _layers.place(nodes._parts()[0][0], layer)
    if params:
        nodes.set(params if isinstance(params, dict) else list(params))
    return nodes


# -- connections -----------------------------------------------------------------------------
def _conn_spec(conn_spec):
    if conn_spec is None:
        return {}
    if isinstance(conn_spec, str):
        return {"rule": conn_spec}
    if isinstance(conn_spec, dict):
        return {key: _rule_number(key, value) for key, value in conn_spec.items()}
    raise TypeError("Connect: conn_spec must be a rule name or a dict, found %s" % type(conn_spec).__name__)


def _rule_number(key, value):
    """A rule's number given as a parameter: its value if it is a constant (PyNEST takes
    ``{"p": nest.CreateParameter("constant", ...)}``), else the parameter, which rules that take values per
    pair (pairwise_bernoulli's ``p``, the degree rules' spatial ``p``) evaluate per pair; a mask as the
    kernel reads it."""
    from .random import Parameter
    if key == "mask":
        return _masks.mask_spec(value)
    if not isinstance(value, Parameter) or not value._is_constant():
        return value
    number = value.GetValue()
    return int(number) if number == int(number) and key in ("indegree", "outdegree", "N") else number


_SPATIAL_RULES = ("pairwise_bernoulli", "fixed_indegree", "fixed_outdegree", "pairwise_poisson")


def _spatial_connect(pre, post, conn, syn):
    """PyNEST's checks of a spatial Connect (a mask, ``use_on_source`` or a parameter of positions), and its
    default of ``p = 1`` for pairwise_bernoulli there."""
    from .random import Parameter
    rule = conn.get("rule", "all_to_all")
    # PyNEST's test: a p outside the Bernoulli rules is a spatial kernel
    spatial = "mask" in conn or "use_on_source" in conn or "allow_oversized_mask" in conn or \
        "p" in conn and "pairwise_bernoulli" not in rule or any(
            isinstance(v, Parameter) and v.is_spatial() for v in list(conn.values()) + list(syn.values()))
    if not spatial:
        return
    for role, nodes in (("Presynaptic", pre), ("Postsynaptic", post)):
        if not isinstance(nodes, NodeCollection) or _layers.layer_rows(nodes)[0] is None:
            raise TypeError("%s NodeCollection must have spatial information" % role)
    if ("mask" in conn or "p" in conn) and rule not in _SPATIAL_RULES:
        raise ValueError("Connect: a mask or 'p' needs one of the rules %s, not '%s'" % (", ".join(_SPATIAL_RULES), rule))
    if "use_on_source" in conn and rule != "pairwise_bernoulli":
        raise ValueError("'use_on_source' can only be set when using 'pairwise_bernoulli'.")
    dimensions = _layers.layer_rows(pre)[0].dimensions
    for key, value in list(conn.items()) + list(syn.items()):
        if isinstance(value, Parameter) and value.is_spatial() and value._spatial_axes() > dimensions:
            raise ValueError("Connect: %s = %r reads a coordinate the %d-dimensional positions do not have"
                             % (key, value, dimensions))
    if rule == "pairwise_bernoulli" and "p" not in conn:
        conn["p"] = 1.0
    if isinstance(conn.get("mask"), dict) and "grid" in conn["mask"]:
        # the mask selects sources around a target (fixed_indegree, use_on_source) or targets around a source
        around_target = rule == "fixed_indegree" or bool(conn.get("use_on_source"))
        pool = _layers.layer_rows(pre if around_target else post)[0]
        conn["mask"] = _masks.grid_mask_as_box(conn["mask"], pool)


def _syn_spec(syn_spec):
    if syn_spec is None:
        spec = {}
    elif isinstance(syn_spec, str):
        spec = {"synapse_model": syn_spec}
    elif isinstance(syn_spec, dict):
        spec = dict(syn_spec)
    else:
        raise NotImplemented_("Connect: syn_spec must be a synapse model name or a dict"
                              " (CollocatedSynapses are not supported), found %s" % type(syn_spec).__name__)
    if "model" in spec and "synapse_model" not in spec:  # PyNEST 2's key
        spec["synapse_model"] = spec.pop("model")
    name = spec.get("synapse_model", "static_synapse")
    spec = _k().unalias(name, spec, "Connect")
    base, preset = _k().resolve(name)
    for key in _common_parameters(base):
        if key in spec:
            raise NotImplemented_('Synapse parameter "%s" can only be set via SetDefaults() or CopyModel().' % key)
    spec = {**preset, **spec}
    # a copy keeps its own name: the kernel knows it (CopyModel) and names its connections by it
    spec["synapse_model"] = name if name in _k().copies else base
    if _WEIGHT_RECORDER in spec:
        spec[_WEIGHT_RECORDER] = _weight_recorder_id(spec[_WEIGHT_RECORDER])
    return spec


# PyNEST's two-dimensional syn_spec arrays: rows and columns per rule, flattened row by row, which
# is the order the rules make their connections in (target by target, or source by source)
_TABLE_SHAPES = {
    "all_to_all": lambda conn, pre, post: ((post, pre), "n_target x n_sources"),
    "fixed_indegree": lambda conn, pre, post: ((post, conn.get("indegree")), "n_target x indegree"),
    "fixed_outdegree": lambda conn, pre, post: ((pre, conn.get("outdegree")), "n_sources x outdegree"),
}


def _connect_operands(pre, post, rule):
    """(pre, post, arrays) as PyNEST takes them: unique node ids become NodeCollections unless the rule is
    one_to_one; otherwise (repeated ids, or one_to_one on id arrays) both are id arrays of equal length,
    connected pair by pair (``arrays`` true), which only one_to_one may do (NEST's ValueErrors)."""
    one_to_one = rule == "one_to_one"
    if not isinstance(pre, NodeCollection) and not one_to_one and len(set(pre.tolist())) == len(pre):
        pre = NodeCollection._lenient(pre)
    if not isinstance(post, NodeCollection) and not one_to_one and len(set(post.tolist())) == len(post):
        post = NodeCollection._lenient(post)
    arrays = not (isinstance(pre, NodeCollection) and isinstance(post, NodeCollection))
    if arrays:
        if len(pre) != len(post):
            raise ValueError("Connect: if 'pre' or 'post' contain non-unique IDs, then they must have the same "
                             "length, found %d and %d" % (len(pre), len(post)))
        if not one_to_one:
            raise ValueError("Connect: when connecting two arrays with non-unique IDs, conn_spec must be "
                             "'one_to_one', found '%s'" % rule)
    return pre, post, arrays


def _flatten_tables(syn, rule, conn, pre, post, arrays=False, autapses=None):
    """``syn`` with each two-dimensional numeric array flattened as PyNEST does, after its checks, and
    one-dimensional arrays checked as PyNEST checks them (one per pair for one_to_one, N for
    fixed_total_number, no other rule). ``autapses``: for all_to_all without autapses, a boolean table
    of the pairs that are connected (a node's own entry is left out, as NEST reads the table)."""
    flat = dict(syn)
    for key, value in syn.items():
        if not isinstance(value, (list, tuple, numpy.ndarray)) or key == "synapse_model":
            continue
        try:
            table = numpy.asarray(value)
        except ValueError:
            continue  # ragged: the kernel names what is wrong
        if table.ndim == 1 and table.dtype.kind in "biuf":
            if rule == "one_to_one":
                if len(table) != pre:
                    raise ValueError("Connect: '%s' has to be an array of dimension %d%s, found %d"
                                     % (key, pre, "" if arrays else ", a scalar or a dictionary", len(table)))
            elif rule == "fixed_total_number":
                if "N" in conn and len(table) != conn["N"]:
                    raise ValueError("Connect: '%s' has to be an array of dimension %s, a scalar or a dictionary, "
                                     "found %d" % (key, conn["N"], len(table)))
            else:
                raise TypeError("Connect: '%s' has the wrong type. One-dimensional parameter arrays can only be used "
                                "in conjunction with rule 'one_to_one' or 'fixed_total_number', found '%s'"
                                % (key, rule))
            continue
        if table.ndim != 2 or table.dtype.kind not in "biuf":
            continue
        if rule not in _TABLE_SHAPES:
            raise TypeError("Connect: '%s' has the wrong type. Two-dimensional parameter arrays can only be used "
                            "with rules 'all_to_all', 'fixed_indegree' or 'fixed_outdegree', found '%s'" % (key, rule))
        shape, meaning = _TABLE_SHAPES[rule](conn, pre, post)
        if table.shape != shape:
            raise ValueError("Connect: '%s' has to be an array of dimension %sx%s (%s), found %sx%s"
                             % (key, shape[0], shape[1], meaning, table.shape[0], table.shape[1]))
        flat[key] = table[autapses] if autapses is not None else table.reshape(-1)
    return flat


def _as_ids(nodes, role):
    if isinstance(nodes, NodeCollection):
        return nodes
    if isinstance(nodes, (list, tuple, numpy.ndarray, range)):
        ids = numpy.asarray(nodes)
        if ids.dtype.kind not in "iu":
            raise TypeError("Connect: %s must be a NodeCollection or an array of node ids, found values of type %s"
                            % (role, ids.dtype))
        return ids.astype(numpy.int64).reshape(-1)
    raise TypeError("Connect: %s must be a NodeCollection or an array of node ids, found %s"
                    % (role, type(nodes).__name__))


@translating
def Connect(pre, post, conn_spec=None, syn_spec=None, return_synapsecollection=False):
    """Connects ``pre`` to ``post`` as PyNEST does: rule strings or dicts (``one_to_one``,
    ``all_to_all``, ``fixed_indegree``, ``fixed_outdegree``, ``pairwise_bernoulli``, with
    ``allow_autapses``, ``allow_multapses``, ``make_symmetric``), a synapse model name or dict with
    scalar, per-connection array or ``nest.random`` weights and delays. ``pre`` and ``post`` may
    also be arrays of node ids: unique ids act as NodeCollections, repeated ones connect pair by pair
    with ``one_to_one`` only (PyNEST's rules)."""
    with _k().timed("time_construction_connect"):
        return _connect(pre, post, conn_spec, syn_spec, return_synapsecollection)


def _connect(pre, post, conn_spec, syn_spec, return_synapsecollection):
    kernel = _k()
    for role, nodes in (("presynaptic", pre), ("postsynaptic", post)):
        if isinstance(nodes, NodeCollection) and len(nodes) == 0:  # most likely a mistake; NEST refuses it too
            raise IllegalConnection("Connect: the %s NodeCollection is empty" % role)
    conn = _conn_spec(conn_spec)
    syn = _syn_spec(syn_spec)
    _spatial_connect(pre, post, conn, syn)
    rule = conn.get("rule", "all_to_all")
    pre_nodes, post_nodes, arrays = _connect_operands(_as_ids(pre, "pre"), _as_ids(post, "post"), rule)
    kept = None
    if rule == "all_to_all" and conn.get("allow_autapses") is False:
        pre_ids = numpy.asarray(pre_nodes._ids if isinstance(pre_nodes, NodeCollection) else pre_nodes)
        post_ids = numpy.asarray(post_nodes._ids if isinstance(post_nodes, NodeCollection) else post_nodes)
        kept = post_ids[:, None] != pre_ids[None, :]  # rows are targets, as the table's
    syn = _flatten_tables(syn, rule, conn, len(pre_nodes), len(post_nodes), arrays, kept)
    if rule == "one_to_one" and not arrays and len(pre_nodes) != len(post_nodes):
        # after the syn_spec's checks, as NEST's kernel raises it after PyNEST's
        raise DimensionMismatch("Connect: one_to_one needs source and target populations of the same size, "
                                "found %d and %d" % (len(pre_nodes), len(post_nodes)))
    java_syn = _convert.to_java_map(syn)
    if isinstance(pre_nodes, NodeCollection) and isinstance(post_nodes, NodeCollection):
        pre_java = pre_nodes._java()
        post_java = post_nodes._java()
        if pre_java is not None and post_java is not None:
            if pre_nodes == post_nodes:
                post_java = pre_java  # the kernel recognises "the same population" by identity
            kernel.simulator.connect(pre_java, post_java, _convert.to_java_map(conn), java_syn)
            return _maybe_collection(return_synapsecollection, pre, post, syn)
        pairs = _split_by_parts(pre_nodes, post_nodes, rule, conn, syn)
        if pairs is not None:
            java_conn = _convert.to_java_map(conn)
            for pre_part, post_part in pairs:
                kernel.simulator.connect(pre_part, post_part, java_conn, java_syn)
            return _maybe_collection(return_synapsecollection, pre, post, syn)
        sources, targets = _expand(pre_nodes, post_nodes, rule, conn)
    else:
        sources = numpy.asarray(pre_nodes._ids if isinstance(pre_nodes, NodeCollection) else pre_nodes)
        targets = numpy.asarray(post_nodes._ids if isinstance(post_nodes, NodeCollection) else post_nodes)
    conn.pop("rule", None)
    kernel.simulator.connect(_convert.ids_to_java(sources), _convert.ids_to_java(targets),
                             _convert.to_java_map(conn), java_syn)
    return _maybe_collection(return_synapsecollection, pre, post, syn)


# Rules whose draws are independent per target, per source, or per pair: over a collection made of
# several Create calls (nodes_ex + nodes_in) they connect each part on its own with the same outcome
# in distribution, one kernel call per part (PyNEST's Brunel example: fixed_indegree onto E + I).
_PER_TARGET = ("fixed_indegree",)
_PER_SOURCE = ("fixed_outdegree",)
_PER_PAIR = ("pairwise_bernoulli", "pairwise_poisson")


def _split_by_parts(pre, post, rule, conn, syn):
    """[(pre part, post part)] Java collections to connect one by one, or None if the rule cannot split."""
    if conn.get("make_symmetric") or any(isinstance(v, (list, tuple, numpy.ndarray)) for v in syn.values()):
        return None  # mirrored pairs and per-connection arrays belong to the whole call
    pre_parts = [part[3] for part in pre._parts()]
    post_parts = [part[3] for part in post._parts()]
    if rule in _PER_TARGET and len(pre_parts) == 1 or rule in _PER_SOURCE and len(post_parts) == 1 \
            or rule in _PER_PAIR:
        return [(a, b) for a in pre_parts for b in post_parts]
    return None


def _expand(pre, post, rule, conn):
    """Explicit pairs for collections that span several Create calls (deterministic rules only)."""
    if rule == "one_to_one":
        if len(pre) != len(post):
            raise BadParameter("Connect: one_to_one needs as many sources as targets (%d and %d)" % (len(pre), len(post)))
        return pre._ids, post._ids
    if rule == "all_to_all":
        extra = set(conn) - {"rule", "allow_autapses", "allow_multapses"}
        if extra:
            raise NotImplemented_("Connect: all_to_all with %s over NodeCollections that span several Create calls"
                                  % ", ".join(sorted(extra)))
        sources = numpy.tile(pre._ids, len(post))
        targets = numpy.repeat(post._ids, len(pre))
        if not conn.get("allow_autapses", True):
            keep = sources != targets
            sources, targets = sources[keep], targets[keep]
        return sources, targets
    raise NotImplemented_("Connect: rule \"%s\" over NodeCollections that span several Create calls is not "
                          "supported; connect each part separately" % rule)


def _maybe_collection(wanted, pre, post, syn):
    if not wanted:
        return None
    from .connections import GetConnections
    pre_nc = pre if isinstance(pre, NodeCollection) else NodeCollection(pre)
    post_nc = post if isinstance(post, NodeCollection) else NodeCollection(post)
    return GetConnections(pre_nc, post_nc, synapse_model=syn.get("synapse_model"))


# -- simulation ------------------------------------------------------------------------------
# Long runs are split into pieces of about this much wall time so that Ctrl-C (which Python sees
# only between Java calls) stops a run within a fraction of a second, at a consistent time.
_PIECE_SECONDS = 0.25


@translating
def Simulate(t):
    """Simulates ``t`` ms (Prepare, Run, Cleanup). Ctrl-C stops at the end of the current piece
    (about a quarter of a second) with KeyboardInterrupt; the network is then consistent at the
    time reached and may be simulated further."""
    Prepare()
    try:
        Run(t)
    except BaseException:
        # NEST leaves its kernel prepared when a run fails, and scripts then call Cleanup(); here the
        # kernel is cleaned up at once, and that one Cleanup() is taken without complaint
        _k().failed_run = True
        raise
    finally:
        Cleanup()


@translating
def Prepare():
    """Prepares the kernel for Run calls (PyNEST's Prepare); starts time_simulate afresh, as NEST does.
    A second Prepare before Cleanup is a KernelException, as NEST's."""
    kernel = _k()
    if kernel.prepared:
        raise KernelException("Prepare: the kernel is prepared already; call Cleanup() first")
    kernel.prepared = True
    kernel.failed_run = False
    kernel.stopwatches["time_simulate"] = [0.0, 0.0]


@translating
def Cleanup():
    """Ends a series of Run calls (PyNEST's Cleanup); without a Prepare before it a KernelException, as NEST's."""
    kernel = _k()
    if not kernel.prepared:
        if kernel.failed_run:
            kernel.failed_run = False
            return
        raise KernelException("Cleanup: call Prepare() before Cleanup()")
    kernel.prepared = False


class RunManager:
    """PyNEST's context manager around a series of Run calls: Prepare on entry, Cleanup on exit
    (also when the block raises)."""

    def __enter__(self):
        Prepare()
        return self

    def __exit__(self, kind, value, traceback):
        Cleanup()
        return False


@translating
def Run(t):
    """Simulates ``t`` ms after Prepare; may be repeated before Cleanup."""
    kernel = _k()
    if not kernel.prepared:
        raise KernelException("Run: call Prepare() before Run() (or use Simulate)")
    with kernel.timed("time_simulate"):
        _run(kernel, t)


def _run(kernel, t):
    if isinstance(t, bool) or not isinstance(t, numbers.Real):
        raise TypeError("Simulate/Run: t must be a number of ms, found %s" % type(t).__name__)
    kernel.runs += 1  # plastic connections listed before now read their weights again
    simulator = kernel.simulator
    h = float(simulator.getKernelStatus("resolution"))
    steps = round(float(t) / h) if numpy.isfinite(t) else -1
    if not (float(t) >= 0) or not numpy.isfinite(t):
        raise BadParameter("Simulate/Run: t = %r ms; the simulation time must be a non-negative, finite number of ms"
                           % (t,))
    if steps <= 0 or abs(steps * h - float(t)) > 1e-9 * max(1.0, float(t)):
        if float(t) != 0.0:
            raise BadParameter("Simulate/Run: t = %r ms must be a multiple of the resolution %r ms" % (t, h))
        simulator.simulate(0.0)  # the kernel keeps its count, as NEST after a Run of no time
        return
    # NEST counts a Run's spikes (local_spike_counter); the kernel counts each piece's
    kernel.local_spike_counter = 0
    start_time = float(simulator.getKernelStatus("biological_time"))
    end_time = start_time + steps * h
    done = 0
    clock = int(round(start_time / h))
    slices = 1  # pieces are whole communication intervals (min_delay), ending on their boundaries
    wall_start = time.perf_counter()
    try:
        while done < steps:
            interval = max(1, int(round(float(simulator.getKernelStatus("min_delay")) / h)))
            piece = min(slices * interval - (clock + done) % interval, steps - done)
            before = time.perf_counter()
            simulator.simulate(piece * h)
            elapsed = time.perf_counter() - before
            kernel.local_spike_counter += int(simulator.getKernelStatus("local_spike_counter"))
            done += piece
            if kernel.print_time:
                _progress(start_time + done * h, start_time, end_time, time.perf_counter() - wall_start)
            # grow (or shrink) the next piece towards the target wall time
            scale = _PIECE_SECONDS / max(elapsed, 1e-4)
            slices = max(1, int(slices * min(8.0, max(0.25, scale))))
    except KeyboardInterrupt:
        reached = float(simulator.getKernelStatus("biological_time"))
        if kernel.print_time:
            sys.stdout.write("\n")
        raise KeyboardInterrupt("Simulate interrupted at %.3f ms (asked for %.3f ms); the network is consistent "
                                "at that time and can be simulated further" % (reached, end_time)) from None
    if kernel.print_time:
        sys.stdout.write("\n")
        sys.stdout.flush()


def _progress(now, start, end, wall):
    fraction = (now - start) / (end - start) if end > start else 1.0
    factor = (now - start) / 1000.0 / wall if wall > 0 else 0.0
    sys.stdout.write("\r[ %3d%% ] Model time: %.1f ms, Real-time factor: %.4f" % (round(100 * fraction), now, factor))
    sys.stdout.flush()


def set_kernel(**kwargs):
    """PyNEST's ``nest.set(resolution=0.1, ...)``: kernel settings as keyword arguments (SetKernelStatus)."""
    SetKernelStatus(kwargs)


def get_kernel(*keys):
    """PyNEST's ``nest.get()``: the kernel status, one entry for a name, a tuple for several or a list."""
    if not keys:
        return GetKernelStatus()
    if len(keys) == 1:
        return GetKernelStatus(keys[0])
    return GetKernelStatus(list(keys))


def Rank():
    """This process's MPI rank (0 in a single process), as PyNEST's ``Rank()``."""
    return GetKernelStatus("mpi_rank")


def NumProcesses():
    """The number of MPI processes of the run, as PyNEST's ``NumProcesses()``."""
    return GetKernelStatus("num_processes")


def GetLocalNodeCollection(nodes):
    """The nodes of ``nodes`` this process holds, as PyNEST's ``GetLocalNodeCollection``: in a single
    process (the only way Python drives the kernel) all of them."""
    if not isinstance(nodes, NodeCollection):
        raise TypeError("GetLocalNodeCollection: expected a NodeCollection, found %s" % type(nodes).__name__)
    if NumProcesses() != 1:
        raise NotImplemented_("GetLocalNodeCollection over several processes")
    return nodes


@translating
def GetNodes(properties=None, local_only=False):
    """All nodes whose entries equal ``properties`` (e.g. ``{"model": "iaf_psc_alpha", "I_e": 376.0}``),
    as PyNEST's ``GetNodes``; a node without one of the entries does not match. One process holds
    every node, so ``local_only`` changes nothing."""
    from .nodes import _parameter_names
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise TypeError("GetNodes: properties must be a dict, found %s" % type(properties).__name__)
    kernel = _k()
    ids = []
    for block in kernel.blocks:
        members = NodeCollection._of_block(block)
        names = _parameter_names(kernel, block.model)
        keep = numpy.ones(block.size, dtype=bool)
        for name, wanted in properties.items():
            if name not in names:
                keep[:] = False
                break
            values = members.get(name) if block.size > 1 else (members.get(name),)
            keep &= numpy.array([_same(value, wanted) for value in values], dtype=bool)
        ids.extend(numpy.arange(block.first, block.first + block.size)[keep].tolist())
    return NodeCollection._lenient(ids)


def _same(value, wanted):
    if isinstance(value, numpy.ndarray) or isinstance(wanted, (list, tuple, numpy.ndarray)):
        return numpy.array_equal(numpy.asarray(value), numpy.asarray(wanted))
    return value == wanted


@translating
def PrintNodes():
    """Prints the id ranges and model names of all nodes, as PyNEST's ``PrintNodes`` (consecutive
    nodes of one model as one range, in NEST's columns)."""
    ranges = []
    for block in _k().blocks:
        if ranges and ranges[-1][2] == block.model and ranges[-1][1] + 1 == block.first:
            ranges[-1][1] = block.first + block.size - 1
        else:
            ranges.append([block.first, block.first + block.size - 1, block.model])
    digits = len(str(ranges[-1][1])) if ranges else 1
    lines = []
    for first, last, model in ranges:
        text = str(first).rjust(digits) + ("" if last == first else " .. " + str(last).rjust(digits))
        lines.append(text.ljust(4 + 2 * digits) + " " + model)
    print("\n".join(lines))


@translating
def ResetKernel():
    """A fresh kernel with default settings; existing NodeCollections become invalid."""
    _k().reset()


# -- status ----------------------------------------------------------------------------------
def _nodes_of(nodes):
    if isinstance(nodes, NodeCollection):
        return nodes
    from .connections import SynapseCollection
    if isinstance(nodes, SynapseCollection):
        return nodes
    return NodeCollection._lenient(nodes)


@translating
def GetStatus(nodes, keys=None, output=""):
    """PyNEST's GetStatus: a tuple with one dict per node, or one value per node for a key
    (a tuple of tuples for a list of keys)."""
    if output == "json":
        import json
        from .nodes import _plain
        return json.dumps(GetStatus(nodes, keys), default=_plain)
    nodes = _nodes_of(nodes)
    if isinstance(nodes, NodeCollection) and keys is not None and len(nodes) > 0:
        # read per key over the whole collection: over several models a node whose model lacks a
        # key answers None, as in PyNEST
        if isinstance(keys, str):
            values = nodes.get(keys)
            return values if len(nodes) > 1 else (values,)
        if isinstance(keys, (list, tuple)):
            columns = [nodes.get(k) if len(nodes) > 1 else (nodes.get(k),) for k in keys]
            return tuple(zip(*columns))
    results = []
    for node in nodes:
        if keys is None:
            results.append(node.get())
        elif isinstance(keys, str):
            results.append(node.get(keys))
        elif isinstance(keys, (list, tuple)):
            results.append(tuple(node.get(k) for k in keys))
        else:
            raise TypeError("GetStatus: keys must be a string or a list of strings")
    return tuple(results)


@translating
def SetStatus(nodes, params, val=None):
    """PyNEST's SetStatus: ``SetStatus(nodes, {'V_m': -70.})``, ``SetStatus(nodes, 'V_m', -70.)``, or
    a list with one dict per node."""
    nodes = _nodes_of(nodes)
    if isinstance(params, str):
        params = {params: val}
    if isinstance(params, (list, tuple)):
        if len(params) == 1:
            params = params[0]
        elif len(params) != len(nodes):
            raise ValueError("SetStatus: %d dicts for %d nodes" % (len(params), len(nodes)))
    nodes.set(params)


_PYTHON_SETTINGS = ("print_time", "verbosity")


@translating
def GetKernelStatus(keys=None):
    """Kernel settings and read-only entries with NEST's names; one value for a key, a tuple for a list (as PyNEST)."""
    kernel = _k()
    status = _convert.to_python(kernel.simulator.getKernelStatus())
    status["print_time"] = kernel.print_time
    status["verbosity"] = _verbosity[0]
    if kernel.local_spike_counter is not None:
        status["local_spike_counter"] = kernel.local_spike_counter
    # NEST 3.10 lists these in its kernel status too; nothing is left to do between Run calls
    status["node_models"] = list(kernel.node_models())
    status["synapse_models"] = list(kernel.synapse_models())
    status["connection_rules"] = list(kernel.names("rule"))
    # what a recorder's record_to takes (plugin-support's RecordingOutput.BACKENDS); no stimulation backends
    status["recording_backends"] = ["ascii", "memory", "screen"]
    status["stimulation_backends"] = []
    status["prepared"] = kernel.prepared
    status["to_do"] = 0
    status["build_info"] = _build_info()
    for key, (wall, cpu) in kernel.stopwatches.items():
        status[key], status[key + "_cpu"] = wall, cpu
    if keys is None:
        return status
    if isinstance(keys, str):
        if keys not in status:
            raise KeyError(keys)
        return status[keys]
    return tuple(status[k] if k in status else _missing(k) for k in keys)


def _build_info():
    """PyNEST's ``build_info``: what this front end has, under NEST's keys (NEST's own test suite and
    scripts branch on ``have_threads``, ``have_gsl``, ``have_mpi``)."""
    import platform
    from . import __version__
    return {
        "version": __version__,
        "threads_model": "java",
        "have_threads": True,
        # the models NEST builds only with GSL (hh_psc_alpha_gap, aeif_*, ...) are here, integrated by
        # this project's own RKF45 with GSL's rules
        "have_gsl": True,
        # one process from Python (MPI runs go through ./syncytium run --ranks)
        "have_mpi": False,
        "have_music": False,
        "have_hdf5": False,
        "have_sionlib": False,
        "have_libneurosim": False,
        "have_boost": False,
        "ndebug": True,
        "exitcode": 0,
        "hostos": platform.system().lower(),
        "hostcpu": platform.machine(),
    }


def _missing(key):
    raise KeyError(key)


@translating
def SetKernelStatus(params):
    """Changes kernel settings (all checked before any changes)."""
    if not isinstance(params, dict):
        raise TypeError("SetKernelStatus takes a dict, found %s" % type(params).__name__)
    kernel = _k()
    settings = dict(params)
    print_time = settings.pop("print_time", None)
    if print_time is not None and not isinstance(print_time, (bool, numpy.bool_)):
        from .kernel import BadProperty
        raise BadProperty("kernel setting print_time must be a boolean, found %r" % (print_time,))
    verbosity = _verbosity_level(settings.pop("verbosity")) if "verbosity" in settings else None
    if settings:
        kernel.simulator.setKernelStatus(_convert.to_java_map(settings))
    if print_time is not None:
        kernel.print_time = bool(print_time)
    if verbosity is not None:
        _verbosity[0] = verbosity


def kernel_setting_names():
    return set(str(k) for k in _k().simulator.getKernelStatus().keySet()) | set(_PYTHON_SETTINGS)


# -- models ----------------------------------------------------------------------------------
def _extension_or_error(model):
    kernel = _k()
    base, preset = kernel.resolve(model)
    kind, extension = kernel.extension(base)
    if extension is None:
        known = list(kernel.node_models()) + list(kernel.synapse_models())
        raise UnknownModelName(_unknown_message("model", model, known))
    return kind, extension, preset


def _unknown_message(what, name, known):
    Schema = jpype.JClass("org.syncytium.api.param.ParameterSchema")
    names = jpype.JClass("java.util.ArrayList")()
    for k in known:
        names.add(k)
    nearest = Schema.nearest(name, names)
    hint = "; did you mean \"%s\"?" % nearest.get() if nearest.isPresent() else ""
    return "unknown %s \"%s\"%s" % (what, name, hint)


_TAU_MINUS = 20.0  # ms, NEST's default time constant of a neuron's trace for plastic synapses


def _common_parameters(model):
    """A synapse model's parameters common to all its connections (NEST's common properties): every
    model's ``weight_recorder``, and a plastic model's own."""
    kind, extension = _k().extension(model)
    if kind != "synapse":
        return ()
    if not jpype.JClass("org.syncytium.api.synapse.PlasticSynapse").class_.isInstance(extension):
        return (_WEIGHT_RECORDER,)
    return (_WEIGHT_RECORDER,) + tuple(str(name) for name in extension.commonParameters())


_WEIGHT_RECORDER = "weight_recorder"


def _weight_recorder_id(value):
    """The node id of the weight recorder a synapse model's ``weight_recorder`` names (a NodeCollection of
    one weight_recorder, or its id), with NEST's messages for anything else."""
    ids = value.tolist() if isinstance(value, NodeCollection) else (
        [value] if isinstance(value, numbers.Integral) and not isinstance(value, bool) else None)
    if ids is None or len(ids) != 1:
        raise BadProperty("Property weight_recorder must be a single element NodeCollection (found %r)" % (value,))
    block = _k().block_of(int(ids[0]))
    kind, extension = _k().extension(_k().resolve(block.model, quiet=True)[0])
    if kind != "recorder" or str(extension.kind()) != "WEIGHTS":
        raise BadProperty("Property weight_recorder must be set to a node of type weight_recorder (node %d is of model %s)"
                          % (ids[0], block.model))
    return int(ids[0])


def _receptor_types(extension):
    """NEST's ``receptor_types`` of a neuron model with several receptors: {name: number}."""
    return {str(e.getKey()): int(e.getValue()) for e in extension.receptorTypes().entrySet()}


@translating
def GetDefaults(model, keys=None, output=""):
    """A model's default parameters (with SetDefaults/CopyModel changes), plus ``model`` and ``element_type``,
    a neuron's (or a current generator's) ``recordables`` and a synapse's ``synapse_model``, ``has_delay`` and ``requires_symmetric``."""
    kind, extension, preset = _extension_or_error(model)
    defaults = {"model": model, "element_type": kind}
    for spec in extension.parameters().specs():
        defaults[str(spec.name())] = _convert.to_python(spec.defaultValue())
    if kind == "neuron":
        # the kernel keeps every neuron's spike history for plastic synapses (NEST's archiving node)
        defaults.setdefault("tau_minus", _TAU_MINUS)
    defaults.update(preset)
    if kind != "synapse":
        # NEST's entries of a model's prototype node (no id, no virtual process yet)
        defaults.update({"model_id": _k().model_id(model), "global_id": 0, "vp": -1, "thread": -1, "thread_local_id": -1, "local": True,
                         "frozen": False,
                         "node_uses_wfr": kind == "neuron" and bool(extension.supportsGapJunctions())
                         and _uses_wfr()})
    if kind == "stimulator" and len(extension.recordables()) > 0:
        defaults["recordables"] = sorted(str(name) for name in extension.recordables())
    if kind == "neuron":
        defaults["recordables"] = sorted(str(name) for name in extension.recordables())
        if int(extension.spikeReceptors()) > 0:
            defaults["receptor_types"] = _receptor_types(extension)
    if kind == "synapse":
        recorder = defaults.get(_WEIGHT_RECORDER)
        defaults[_WEIGHT_RECORDER] = NodeCollection([recorder]) if recorder is not None else NodeCollection([])
        defaults["num_connections"] = _synapse_connections(model)
        defaults["synapse_model"] = model
        defaults["synapse_modelid"] = _k().model_id(model)
        defaults.setdefault("receptor_type", 0)  # NEST's default receptor of a connection
        for alias, name in _k().aliases(model).items():
            defaults[alias] = defaults[name]
        gap = str(extension.kind()) == "GAP"
        defaults["has_delay"] = not gap
        defaults["requires_symmetric"] = gap
    if output not in ("", "json"):
        from .kernel import BadProperty
        raise BadProperty("GetDefaults(output=%r): output must be '' or 'json'" % (output,))
    if keys is None:
        result = defaults
    elif isinstance(keys, str) or not _iterable(keys):
        # PyNEST looks any other key up as it is (GetDefaults(model, 42) is a KeyError)
        if keys not in defaults:
            raise KeyError(keys)
        result = defaults[keys]
    else:
        result = [defaults[k] if k in defaults else _missing(k) for k in keys]
    return to_json(result) if output == "json" else result


def to_json(data, **kwargs):
    """PyNEST's ``to_json``: ``data`` as a JSON string, with numpy arrays and scalars as lists and numbers and
    node collections as lists of node ids; ``kwargs`` go to ``json.dumps`` (``indent=2``, ...)."""
    import json
    from .nodes import _plain

    def plain(value):
        if isinstance(value, NodeCollection):
            return value.tolist()
        if isinstance(value, (set, frozenset)):
            return sorted(value)
        return _plain(value)

    return json.dumps(data, default=plain, **kwargs)


def _uses_wfr():
    """NEST's use_wfr, which a gap-junction model's nodes report as node_uses_wfr (fixed once nodes exist)."""
    status = _k().simulator.getKernelStatus()
    return "use_wfr" in status and bool(status.get("use_wfr"))


def _iterable(value):
    try:
        iter(value)
        return True
    except TypeError:
        return False


def _synapse_connections(model):
    """Connections made under synapse model name ``model`` (a copy's under its own name only)."""
    return int(_k().simulator.connectionCount(model))



@translating
def SetDefaults(model, params, val=None):
    """Changes defaults used by later Create/Connect calls with ``model`` (checked against its parameters)."""
    if isinstance(params, str):
        params = {params: val}
    kind, extension, preset = _extension_or_error(model)
    params = _k().unalias(model, params, "SetDefaults")
    schema = extension.parameters()
    # every neuron has the kernel's tau_minus (its spike history for plastic synapses)
    kernel_kept = ("tau_minus",) if kind == "neuron" and not schema.contains("tau_minus") else ()
    if kind == "synapse":
        kernel_kept = (_WEIGHT_RECORDER,)  # every synapse model's (NEST's common synapse properties)
        params = dict(params)
        if _WEIGHT_RECORDER in params:
            params[_WEIGHT_RECORDER] = _weight_recorder_id(params[_WEIGHT_RECORDER])
    for name in params:
        if not schema.contains(name) and name not in kernel_kept:
            raise UnaccessedDictionaryEntry(_unknown_message("parameter of %s" % model, name,
                                                             [str(n) for n in schema.names()]))
    base, current = _k().resolve(model)
    # setting a common property to the value it has changes nothing, which NEST allows at any time
    common = [name for name in params if name in _common_parameters(base)
              and params[name] != current.get(name, _schema_default(schema, name))]
    # a copy keeps the defaults it was made with, so only the model's own connections hold the old value
    if common and _synapse_connections(model) > 0:
        raise NotImplemented_("SetDefaults(%s, %s): Syncytium keeps a synapse model's common properties with each "
                              "connection, so they are set before connecting (%s has connections)"
                              % (model, common[0], model))
    # PyNEST's rule: a model's default holds one value; arrays and random values belong to Create/set,
    # except for parameters that are lists themselves (spike_times, record_from, ...)
    from .random import Parameter
    for name, value in params.items():
        listed = name not in kernel_kept and _iterable(_convert.to_python(schema.find(name).get().defaultValue()))
        if isinstance(value, Parameter) or (not isinstance(value, str) and _iterable(value) and not listed):
            raise ValueError("SetDefaults() accepts only explicit, single parameter values (%s of %s)"
                             % (name, model))
    _check_defaults(kind, model, preset, params)
    _k().defaults.setdefault(model, {}).update(params)


def _schema_default(schema, name):
    spec = schema.find(name)
    return _convert.to_python(spec.get().defaultValue()) if spec.isPresent() else None


def _check_defaults(kind, model, preset, params):
    """Has the kernel check a model's defaults with those already set, as NEST checks them when they are set
    (a synapse model's as a connection with them: a plastic model's Wmax against its default weight)."""
    if kind in ("neuron", "stimulator", "recorder", "synapse") and params:
        base, _ = _k().resolve(model)
        _k().simulator.checkParameters(base, _convert.to_java_map({**preset, **params}))


@translating
def CopyModel(existing, new, params=None):
    """A new model name for ``existing`` with changed defaults."""
    kind, _, preset = _extension_or_error(existing)
    params = _k().unalias(existing, dict(params or {}), "CopyModel")
    if kind == "synapse" and _WEIGHT_RECORDER in params:
        params[_WEIGHT_RECORDER] = _weight_recorder_id(params[_WEIGHT_RECORDER])
    _check_defaults(kind, existing, preset, params)
    _k().copy_model(existing, new, params)


@translating
def Models(mtype="all", sel=None):
    """Installed model names: ``'nodes'``, ``'synapses'`` or ``'all'``, optionally containing ``sel``."""
    kernel = _k()
    if mtype not in ("all", "nodes", "synapses"):
        raise ValueError("Models: mtype must be 'all', 'nodes' or 'synapses'")
    names = []
    if mtype in ("all", "nodes"):
        names += kernel.node_models()
    if mtype in ("all", "synapses"):
        names += kernel.synapse_models()
    if sel is not None:
        names = [n for n in names if sel in n]
    return tuple(sorted(names))


@translating
def Install(module_name):
    """Installs the neuron and synapse models of a NESTML file (``Install("models/x_neuron.nestml")``) or
    of every ``.nestml`` file in a folder, compiled in this process (NEST installs a module that NESTML's
    code generator built; here the file itself is the module). Returns the names of the models installed
    (a synapse model named like an installed one gets NESTML's suffix, ``stdp_synapse_nestml``). A module
    name that ``generate_nest_target`` (Syncytium's stand-in for NESTML's ``pynestml``) recorded in this
    process installs that module's models under NESTML's names for them.
    NEST's compiled extension modules do not exist here: models also come as plugin bundles of the
    distribution (``syncytium bundles``)."""
    name = str(module_name)
    path = pathlib.Path(name).expanduser()
    from . import _nestml_modules
    module = _nestml_modules.registered(name)  # generate_nest_target (pynestml) made it in this process
    if module is None and not (name.endswith(".nestml") or path.is_dir()):
        raise NotImplemented_("Install(%r): NEST extension modules are not supported; install a NESTML file or "
                              "folder (Install('model.nestml')), a module NESTML's generate_nest_target made in "
                              "this process (Syncytium's pynestml), or add a plugin bundle to the distribution's "
                              "bundles/ folder (see 'syncytium bundles')" % (name,))
    if module is not None:
        files = module
    elif path.is_dir():
        files = sorted(p for p in path.glob("*.nestml") if p.is_file())
        if not files:
            raise BadParameter("Install(%r): the folder holds no .nestml file" % (name,))
    elif path.is_file():
        files = [path]
    else:
        raise BadParameter("Install(%r): no such file" % (name,))
    runtime = _k().runtime
    loader = jpype.JClass("org.syncytium.launcher.cli.ModelFilesOption")
    java_files = jpype.JClass("java.util.ArrayList")()
    for f in files:
        java_files.add(runtime.Path.of(str(f.resolve())))
    try:
        names = loader.load(runtime.framework, runtime.factory, java_files)
    except jpype.JException as java_error:
        if module is None:
            raise
        # a module's files are prepared copies: name the user's files (their lines are the same)
        from .kernel import translate
        error = translate(java_error)
        raise type(error)(_nestml_modules.in_user_terms(str(error)), error.errorname) from None
    return tuple(str(n) for n in names)


class VerbosityLevel(enum.IntEnum):
    """NEST 3.10's message levels, with its values (``nest.verbosity = nest.VerbosityLevel.WARNING``).

    Kept and reported as NEST does; Syncytium itself prints only errors and progress (``print_time``).
    """
    ALL = 0
    DEBUG = 5
    STATUS = 7
    INFO = 10
    PROGRESS = 15
    DEPRECATED = 18
    WARNING = 20
    ERROR = 30
    FATAL = 40
    QUIET = 100


_verbosity = [VerbosityLevel.INFO]


def _verbosity_level(level):
    """A VerbosityLevel from one, from its number, or from PyNEST's older ``"M_WARNING"`` strings."""
    if isinstance(level, str):
        name = level[2:] if level.startswith("M_") else level
        if name in VerbosityLevel.__members__:
            return VerbosityLevel[name]
    elif isinstance(level, numbers.Integral) and not isinstance(level, bool):
        try:
            return VerbosityLevel(int(level))
        except ValueError:
            pass
    from .kernel import BadProperty
    raise BadProperty("verbosity must be a nest.VerbosityLevel (ALL, DEBUG, STATUS, INFO, PROGRESS, DEPRECATED, "
                      "WARNING, ERROR, FATAL, QUIET) or its 'M_' name, found %r" % (level,))


def message(message, severity=VerbosityLevel.INFO, *, function=None, filename=None, lineno=None):
    """PyNEST's ``message``: prints ``[LEVEL] [date time] message`` if ``severity`` reaches the current
    verbosity (errors and worse to standard error, the rest to standard output); with verbosity DEBUG
    or ALL the caller's file, line and function too, as NEST shows them."""
    level = _verbosity_level(severity)
    if level < _verbosity[0]:
        return
    import inspect
    where = ""
    if _verbosity[0] <= VerbosityLevel.DEBUG:
        caller = inspect.stack()[1]
        where = " %s:%s @ %s" % (filename or caller.filename, lineno or caller.lineno, function or caller.function)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    stream = sys.stderr if level >= VerbosityLevel.ERROR else sys.stdout
    stream.write("[%s] [%s%s] %s\n" % (level.name, stamp, where, message))
    stream.flush()


def set_verbosity(level):
    """PyNEST's older form of ``nest.verbosity = level`` (``"M_WARNING"`` or a VerbosityLevel)."""
    _verbosity[0] = _verbosity_level(level)


def get_verbosity():
    """The current VerbosityLevel (an int, as in PyNEST)."""
    return _verbosity[0]
