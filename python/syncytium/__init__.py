"""Syncytium from Python, the PyNEST way: ``import syncytium as nest``.

The package drives the Java kernel through JPype inside the same embedded Felix framework the
``syncytium`` command line uses, so every plugin bundle of the distribution is available. Kernel
settings are module attributes (``nest.resolution = 0.05``), and the functions and classes keep
PyNEST's names; docs/python.md lists what is there, what differs and what is missing.
"""

import builtins as _builtins
import sys as _sys
import types as _types

from . import kernel
from .kernel import NESTError, NESTErrors
from . import _jvm
from . import _state
from . import random
from . import math
from . import logic
from . import spatial
from . import spatial_distributions

# Start the kernel now, as PyNEST does on import: a missing JDK or distribution is reported here
# (and the Java classes the modules below bind to exist from here on).
_state.kernel()

from ._api import (Create, Connect, Simulate, Prepare, Run, Cleanup, RunManager, ResetKernel, GetStatus, SetStatus,
                   GetKernelStatus, SetKernelStatus, GetDefaults, SetDefaults, CopyModel, Models,
                   set_verbosity, get_verbosity, VerbosityLevel, Rank, NumProcesses, GetLocalNodeCollection,
                   GetNodes, PrintNodes, message, to_json)
from ._api import set_kernel as set, get_kernel as get  # noqa: A001 (PyNEST's names; builtins stay in _api)
from . import _api
from .nodes import NodeCollection
from .connections import Disconnect, GetConnections, SynapseCollection
from ._api import Install
from .random import CreateParameter
from ._spatial import (GetPosition, Displacement, Distance, FindNearestElement, FindCenterElement, GetTargetNodes,
                       GetSourceNodes, GetTargetPositions, GetSourcePositions, DumpLayerNodes, DumpLayerConnections)
from ._masks import CreateMask, SelectNodesByMask
from ._spatial_plots import PlotLayer, PlotTargets, PlotSources, PlotProbabilityParameter

__version__ = "0.1.0"

_LISTS = {
    # lists, as PyNEST returns them
    "node_models": lambda: list(_state.kernel().node_models()),
    "synapse_models": lambda: list(_state.kernel().synapse_models()),
    "connection_rules": lambda: list(_state.kernel().names("rule")),
    # PyNEST 3's attribute for the whole status, as GetKernelStatus() returns it
    "kernel_status": lambda: GetKernelStatus(),
}


class _KernelAttributes(_types.ModuleType):
    """Kernel settings as module attributes, as in PyNEST 3: ``nest.resolution = 0.05``."""

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in _LISTS:
            return _LISTS[name]()
        if name in ("raster_plot", "voltage_trace"):  # PyNEST's plotting helpers, imported on first use
            import importlib
            return importlib.import_module("." + name, __name__)
        status = GetKernelStatus()
        if name in status:
            return status[name]
        raise AttributeError("module 'syncytium' has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if not name.startswith("_") and name not in self.__dict__ and name in _api.kernel_setting_names():
            SetKernelStatus({name: value})
            return
        if not name.startswith("_") and name not in self.__dict__ and name in GetKernelStatus():
            # a read-only entry (biological_time, time_simulate, ...): assigning it would hide the
            # kernel's value behind a module attribute
            raise AttributeError("Cannot set attribute '%s' on module 'nest': it is a read-only kernel status "
                                 "entry" % name)
        if not name.startswith("_") and not isinstance(value, _types.ModuleType):
            # PyNEST's module is frozen: a misspelt setting (nest.resolutoin = 0.05) is an error, not a new
            # attribute that changes nothing
            import difflib
            close = difflib.get_close_matches(name, sorted(_api.kernel_setting_names()), n=1)
            raise AttributeError("Cannot set attribute '%s' on module 'nest': not a kernel parameter%s"
                                 % (name, "; did you mean '%s'?" % close[0] if close else ""))
        super().__setattr__(name, value)

    def __dir__(self):
        return sorted(_builtins.set(super().__dir__()) | _api.kernel_setting_names() | _builtins.set(_LISTS))


_sys.modules[__name__].__class__ = _KernelAttributes


def _answer_to_nest_imports():
    """Lets ``import nest.raster_plot`` / ``import nest.voltage_trace`` (PyNEST's plotting modules, which
    scripts import by their own line) work after ``import syncytium as nest``, so a NEST script runs with
    that one line changed. Only where no NEST is installed: then ``import nest`` would fail anyway, and a
    real NEST on the path is never shadowed."""
    import importlib
    import importlib.util
    if "nest" in _sys.modules:
        return
    try:
        if importlib.util.find_spec("nest") is not None:
            return
    except (ImportError, ValueError):
        return
    _sys.modules["nest"] = _sys.modules[__name__]
    for sub in ("raster_plot", "voltage_trace", "random", "math", "spatial", "spatial_distributions", "logic"):
        _sys.modules["nest." + sub] = importlib.import_module("." + sub, __name__)


_answer_to_nest_imports()
