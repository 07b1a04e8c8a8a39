"""The one kernel a PyNEST session drives: its Java ``Simulator``, the blocks of nodes created so far
(to find the Java collection behind any node id), and what PyNEST keeps beside the kernel: model
copies (``CopyModel``), changed defaults (``SetDefaults``) and the ``print_time`` flag, which is
printed here so that progress appears where Python prints (terminal or notebook).
"""

import bisect
import time

import jpype

from . import _jvm
from .kernel import UnknownModelName, UnknownNode, NewModelNameExists, translating

_POINTS = (
    ("neuron", "org.syncytium.api.neuron.NeuronModel"),
    ("stimulator", "org.syncytium.api.device.StimulusDevice"),
    ("recorder", "org.syncytium.api.record.Recorder"),
    ("synapse", "org.syncytium.api.synapse.SynapseModel"),
    ("rule", "org.syncytium.api.connect.ConnectionRule"),
    ("solver", "org.syncytium.api.coupling.CouplingSolver"),
)

# PyNEST names that are presets of an installed model here (model, parameters).
_BUILTIN_COPIES = {
    "voltmeter": ("multimeter", {"record_from": ["V_m"]}),
}

# What recorders made from Python write with record_to="ascii": NEST's layout (tab-separated .dat
# files named <label or model>-<id>-<vp>.dat with two comment lines and a header), where the
# command line's output folders keep CSV (the recorders' own default)
_BUILTIN_DEFAULTS = {
    "spike_recorder": {"file_extension": "dat"},
    "multimeter": {"file_extension": "dat"},
    "weight_recorder": {"file_extension": "dat"},
}


class Block:
    """Nodes of one Create call: ids [first, first + size)."""

    __slots__ = ("first", "size", "model", "java", "layer")

    def __init__(self, first, size, model, java):
        self.first = first
        self.size = size
        self.model = model
        self.java = java
        self.layer = None  # positions (a _spatial.Layer) if created with positions=


STOPWATCHES = ("time_construction_create", "time_construction_connect", "time_simulate")


class _Stopwatch:
    def __init__(self, totals):
        self.totals = totals

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __exit__(self, *exception):
        self.totals[0] += time.perf_counter() - self.wall
        self.totals[1] += time.process_time() - self.cpu
        return False


class Kernel:
    def __init__(self):
        self.runtime = _jvm.runtime()
        self.simulator = None
        self.generation = 0
        self.reset()

    def reset(self):
        if self.simulator is not None:
            self.runtime.forget(self.simulator)
            self.simulator = None
        self.simulator = self.runtime.new_simulator()
        self.generation += 1
        self.blocks = []
        self.firsts = []
        self.print_time = False
        self.prepared = False
        # the last Simulate failed: one Cleanup() after it is taken (NEST's kernel stays prepared then)
        self.failed_run = False
        # spikes of the latest Run, summed over its pieces (None: the kernel's count stands)
        self.local_spike_counter = None
        self.defaults = {model: dict(params) for model, params in _BUILTIN_DEFAULTS.items()}
        # copy name -> (installed model, the defaults it had when copied, with the copy's own): as in
        # NEST a copy keeps what its original had then, and later SetDefaults of the original leave it
        self.copies = {name: (base, {**self.defaults.get(base, {}), **params})
                       for name, (base, params) in _BUILTIN_COPIES.items()}
        # whether a listed synapse model name carries gap-junction coupling (GetConnections asks per call)
        self.gap_names = {}
        # Disconnect calls so far, and what each removed: (source, target, gap) -> [(call, occurrence)],
        # so that a SynapseCollection listed before still names the connections that are left (the
        # kernel numbers the connections between two nodes afresh when one of them goes)
        self.disconnects = 0
        self.removals = {}
        # Simulate/Run calls so far: a SynapseCollection listed before the latest reads plastic weights again
        self.runs = 0
        self.next_id = 1
        # NEST's stopwatches (seconds of wall and of process CPU time): creating and connecting add
        # up since ResetKernel, simulating since the last Prepare (each Simulate is one)
        self.stopwatches = {key: [0.0, 0.0] for key in STOPWATCHES}

    def timed(self, key):
        """A context that adds the wall and CPU time of its block to stopwatch ``key``."""
        return _Stopwatch(self.stopwatches[key])

    # -- the catalog -------------------------------------------------------------------------
    def extensions(self, kind):
        catalog = self.runtime.factory.catalog()
        for point, class_name in _POINTS:
            if point == kind:
                return list(catalog.installed(jpype.JClass(class_name)))
        raise ValueError(kind)

    def names(self, kind):
        return [str(e.name()) for e in self.extensions(kind)]

    def extension(self, name):
        """(kind, extension) of an installed model name, or (None, None)."""
        for kind, _ in _POINTS:
            for extension in self.extensions(kind):
                if str(extension.name()) == name:
                    return kind, extension
        return None, None

    def node_models(self):
        names = self.names("neuron") + self.names("stimulator") + self.names("recorder")
        names += [c for c, (base, _) in self.copies.items() if self.kind_of(base) in ("neuron", "stimulator", "recorder")]
        return tuple(sorted(set(names)))

    def synapse_models(self):
        names = self.names("synapse") + [c for c, (base, _) in self.copies.items() if self.kind_of(base) == "synapse"]
        return tuple(sorted(set(names)))

    def aliases(self, model):
        """Other names of a synapse model's parameters, alias to parameter (a NESTML synapse's weight
        variable, ``w``, for ``weight``); empty for other models."""
        base, _ = self.resolve(model, quiet=True)
        kind, extension = self.extension(base) if base else (None, None)
        if kind != "synapse":
            return {}
        return {str(k): str(v) for k, v in dict(extension.parameterAliases()).items()}

    def unalias(self, model, params, where):
        """``params`` with a synapse model's aliases replaced by the parameters they name; giving both
        is an error, as in NESTML's NEST target."""
        aliases = self.aliases(model)
        if not aliases or not any(key in params for key in aliases):
            return params
        out = dict(params)
        for alias, name in aliases.items():
            if alias in out:
                if name in out:
                    from .kernel import BadProperty
                    raise BadProperty("%s: %s sets %r and %r, which are the same value of %s; give one of them"
                                      % (where, model, name, alias, model))
                out[name] = out.pop(alias)
        return out

    def model_id(self, model):
        """NEST's ``model_id`` (``synapse_modelid`` for a synapse): the installed models of the kind by
        name, then the copies in the order CopyModel made them, so a copy's id is above its original's."""
        node_kinds = ("neuron", "stimulator", "recorder")
        synapse = self.kind_of(model) == "synapse"
        installed = sorted(self.names("synapse")) if synapse else sorted(
            set(self.names("neuron") + self.names("stimulator") + self.names("recorder")))
        copies = [c for c, (base, _) in self.copies.items()
                  if c not in installed and (self.kind_of(base) == "synapse") == synapse
                  and (synapse or self.kind_of(base) in node_kinds)]
        ordered = installed + copies
        return ordered.index(model) if model in ordered else -1

    def kind_of(self, model):
        base, _ = self.resolve(model, quiet=True)
        kind, _ = self.extension(base) if base else (None, None)
        return kind

    def resolve(self, model, quiet=False):
        """(installed model, its defaults here) for a model name or a copy of one: a copy's are those
        copied with it and set on it since."""
        if model in self.copies:
            base, preset = self.copies[model]
            return base, {**preset, **self.defaults.get(model, {})}
        return model, dict(self.defaults.get(model, {}))

    def copy_model(self, existing, new, params):
        if new in self.copies or self.extension(new)[0] is not None:
            raise NewModelNameExists("model name \"%s\" exists already" % new)
        base, preset = self.resolve(existing)
        if self.extension(base)[0] is None:
            raise UnknownModelName("unknown model \"%s\"" % existing)
        snapshot = {**preset, **dict(params or {})}
        if self.extension(base)[0] == "synapse":
            # the kernel keeps a synapse copy too, so that its connections keep the copy's name
            from . import _convert
            self.simulator.copySynapseModel(base, new, _convert.to_java_map(snapshot))
        self.copies[new] = (base, snapshot)

    # -- nodes -------------------------------------------------------------------------------
    def add_block(self, java, model):
        first = int(java.id(0))
        block = Block(first, int(java.size()), model, java)
        self.blocks.append(block)
        self.firsts.append(first)
        self.next_id = first + block.size
        return block

    def block_of(self, node_id):
        i = bisect.bisect_right(self.firsts, node_id) - 1
        if i < 0 or node_id >= self.blocks[i].first + self.blocks[i].size:
            raise UnknownNode("node %d does not exist (nodes 1..%d exist)" % (node_id, self.next_id - 1))
        return self.blocks[i]


_kernel = None


@translating
def kernel():
    """The session's kernel, started on first use (as PyNEST starts its kernel on import)."""
    global _kernel
    if _kernel is None:
        _kernel = Kernel()
    return _kernel
