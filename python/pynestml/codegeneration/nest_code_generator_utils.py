"""NESTML's ``NESTCodeGeneratorUtils.generate_code_for`` for Syncytium (see the package's docstring)."""

import atexit
import pathlib
import re
import shutil
import tempfile
import uuid

from pynestml.frontend.pynestml_frontend import generate_nest_target


class NESTCodeGeneratorUtils:

    @classmethod
    def generate_code_for(cls, nestml_neuron_model, nestml_synapse_model=None, module_name=None, target_path="target",
                          post_ports=None, mod_ports=None, codegen_opts=None, logging_level="WARNING"):
        """A neuron model (and a synapse model paired with it), each NESTML text or a file name, as a module
        for ``nest.Install``. Returns (module_name, neuron name) or (module_name, neuron name, synapse name)
        with NESTML's names (``iaf_psc_exp_neuron_nestml__with_stdp_synapse_nestml``, ...)."""
        if mod_ports:
            raise NotImplementedError("generate_code_for: mod_ports (a volume transmitter's spikes) are not supported")
        if codegen_opts and "neuron_synapse_pairs" in codegen_opts:
            raise ValueError("generate_code_for: give neuron-synapse pairs as arguments or in generate_nest_target's "
                             "codegen_opts, not in both")
        folder = pathlib.Path(tempfile.mkdtemp(prefix="syncytium_nestml_input_"))
        atexit.register(shutil.rmtree, folder, True)
        neuron_file, neuron = cls._input(nestml_neuron_model, folder)
        files = [neuron_file]
        options = dict(codegen_opts or {})
        if nestml_synapse_model:
            synapse_file, synapse = cls._input(nestml_synapse_model, folder)
            files.append(synapse_file)
            options["neuron_synapse_pairs"] = [{"neuron": neuron, "synapses": {synapse: {"post_ports": post_ports or []}}}]
        module_name = module_name or "nestml_%s_module" % uuid.uuid4().hex
        generate_nest_target(files, module_name=module_name, suffix="_nestml", codegen_opts=options)
        if nestml_synapse_model:
            return (module_name, "%s_nestml__with_%s_nestml" % (neuron, synapse),
                    "%s_nestml__with_%s_nestml" % (synapse, neuron))
        return module_name, neuron + "_nestml"

    @staticmethod
    def _input(model, folder):
        """(file, model name) of NESTML text or a file name."""
        if "\n" not in model and ".nestml" in model:
            path = pathlib.Path(model)
            text = path.read_text(encoding="utf-8")
        else:
            text = model
            path = None
        found = re.findall(r"^model\s+([A-Za-z_][A-Za-z0-9_]*)\s*:", text, re.MULTILINE)
        if not found:
            raise ValueError("generate_code_for: no 'model NAME:' in %s" % (path or "the NESTML text"))
        if path is None:
            path = folder / (found[0] + ".nestml")
            path.write_text(text, encoding="utf-8")
        return str(path), found[0]
