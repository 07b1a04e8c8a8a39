"""NESTML's ``generate_nest_target`` and ``generate_target`` for Syncytium (see the package's docstring)."""

from syncytium import _nestml_modules


def generate_nest_target(input_path, target_path=None, install_path=None, logging_level="ERROR", module_name=None,
                         store_log=False, suffix="", dev=False, codegen_opts=None):
    """Records the models of ``input_path`` (NESTML files or folders searched for ``*.nestml``) as module
    ``module_name`` (default ``nestmlmodule``) for ``nest.Install``, named with ``suffix`` as NESTML's NEST
    target names them (neuron-synapse pairs of ``codegen_opts["neuron_synapse_pairs"]`` also as
    ``NEURON__with_SYNAPSE`` and ``SYNAPSE__with_NEURON``). Nothing is written to ``target_path`` or
    ``install_path``. The models are compiled here, so that an error in a file is raised now with its
    file and line, as NESTML raises it at generation (they are installed then too; ``nest.Install``
    installs them again). Returns False, as NESTML does when nothing went wrong."""
    module_name = module_name or "nestmlmodule"
    if not module_name.endswith("module"):
        raise ValueError("generate_nest_target: module_name %r must end in 'module' (NESTML's rule)" % module_name)
    _nestml_modules.prepare(input_path, module_name, suffix or "", codegen_opts)
    import syncytium
    syncytium.Install(module_name)
    return False


def generate_target(input_path, target_platform, target_path=None, install_path=None, logging_level="ERROR",
                    module_name=None, store_log=False, suffix="", dev=False, codegen_opts=None):
    """NESTML's generic entry: only the ``NEST`` platform is offered here."""
    if str(target_platform).upper() != "NEST":
        raise NotImplementedError("generate_target: Syncytium offers NESTML's NEST target only, not %r" % (target_platform,))
    return generate_nest_target(input_path, target_path, install_path, logging_level, module_name, store_log, suffix,
                                dev, codegen_opts)
