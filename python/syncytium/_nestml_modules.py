"""What NESTML's Python front end leaves for ``nest.Install(module_name)``: here no C++ is generated or
built. ``generate_nest_target`` (the ``pynestml`` package beside this one) records the module: copies of
its NESTML files in this process's folder, models renamed as NESTML's NEST target names them (the
suffix; ``NEURON__with_SYNAPSE`` and ``SYNAPSE__with_NEURON`` for neuron-synapse pairs) with the code
generator options each copy needs beside it, and compiles them at once (errors at generation, as
NESTML's); ``Install(module_name)`` installs the module's models."""

import atexit
import json
import pathlib
import re
import shutil
import tempfile

from . import _nestml_pairs

_MODEL = re.compile(r"^model\s+([A-Za-z_][A-Za-z0-9_]*)\s*:", re.MULTILINE)

# module name -> its prepared .nestml files
_modules = {}
# model name -> the prepared file that defines it: a module made again (a notebook cell run twice)
# rewrites the same file, so that Install replaces the models instead of finding them twice
_files = {}
_folder = []
# prepared file -> the user's file it came from, for messages
_origins = {}


def in_user_terms(message):
    """``message`` with the prepared files named by the user's files they came from."""
    for prepared, original in _origins.items():
        message = message.replace(prepared, original)
    return message


def registered(module_name):
    """The prepared files of a module ``generate_nest_target`` made in this process, or None."""
    return _modules.get(module_name)


def _prepared_folder():
    if not _folder:
        folder = pathlib.Path(tempfile.mkdtemp(prefix="syncytium_nestml_"))
        atexit.register(shutil.rmtree, folder, True)
        _folder.append(folder)
    return _folder[0]


def _nestml_files(input_path):
    paths = [input_path] if isinstance(input_path, (str, pathlib.Path)) else list(input_path)
    files = []
    for p in paths:
        path = pathlib.Path(p).expanduser()
        if path.is_dir():
            files += sorted(f for f in path.rglob("*.nestml") if f.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError("generate_nest_target: no such file or folder: %s" % p)
    if not files:
        raise FileNotFoundError("generate_nest_target: no .nestml file in %s" % (input_path,))
    return files


def _pairs(codegen_opts):
    """(neuron, synapse, post ports) of NESTML's neuron_synapse_pairs option, in either of its forms."""
    pairs = []
    for entry in codegen_opts.get("neuron_synapse_pairs", []) or []:
        neuron = entry.get("neuron")
        synapses = entry.get("synapses")
        if synapses is None and "synapse" in entry:  # NESTML's older form: one synapse per entry
            synapses = {entry["synapse"]: {"post_ports": entry.get("post_ports", [])}}
        for synapse, options in (synapses or {}).items():
            ports = [p if isinstance(p, str) else p[0] for p in (options or {}).get("post_ports", []) or []]
            pairs.append((neuron, synapse, ports))
    return pairs


def prepare(input_path, module_name, suffix="", codegen_opts=None):
    """Records ``module_name``: renamed copies of the models of ``input_path`` in this process's folder
    (removed when the process ends). Returns the names the models get."""
    codegen_opts = dict(codegen_opts or {})
    texts = {}
    for f in _nestml_files(input_path):
        text = f.read_text(encoding="utf-8")
        for name in _MODEL.findall(text):
            texts[name] = (f, text)
    # each model under its name with the suffix, and each pair's two models under NESTML's pair names;
    # a paired synapse only in its pair, as NESTML leaves it out on its own
    pairs = _pairs(codegen_opts)
    paired = {synapse for _, synapse, _ in pairs}
    wanted = [(name, name + suffix, None, None) for name in texts if name not in paired]
    for neuron, synapse, ports in pairs:
        for name in (neuron, synapse):
            if name not in texts:
                raise ValueError("generate_nest_target: neuron_synapse_pairs names model %r, which the input does "
                                 "not define (it defines %s)" % (name, ", ".join(sorted(texts))))
        # NESTML's NEST target requires the weight variable of a paired synapse (its
        # _check_weight_variable_codegen_opt); Install("file.nestml") takes w when none is named
        weight = (codegen_opts.get("weight_variable") or {}).get(synapse)
        if weight is None:
            raise ValueError("generate_nest_target: the codegen option weight_variable names no variable for synapse "
                             "%r, which neuron_synapse_pairs pairs with %r (NESTML requires it: "
                             "codegen_opts={'weight_variable': {%r: 'w'}, ...})" % (synapse, neuron, synapse))
        code = re.sub(r'(?s)"""(.*?)"""', "", _only(texts[synapse][1], synapse))  # docstrings and comments
        code = re.sub(r"#[^\n]*", "", code)
        if not re.search(r"\b%s\b" % re.escape(weight), code):
            raise ValueError("generate_nest_target: weight_variable %r of synapse %r is not a variable of the model"
                             % (weight, synapse))
        # the paired neuron carries the synapse's postsynaptic traces, as NESTML's users record them
        traces = _nestml_pairs.moved_traces(_only(texts[synapse][1], synapse), ports)
        wanted.append((neuron, "%s%s__with_%s%s" % (neuron, suffix, synapse, suffix), None, (traces, synapse + suffix)))
        wanted.append((synapse, "%s%s__with_%s%s" % (synapse, suffix, neuron, suffix), ports, None))
    names, files = [], []
    for name, new, ports, moved in wanted:
        source, text = texts[name]
        # the file keeps this one model (a file may define several)
        text = _only(text, name)
        if moved is not None:
            text = _nestml_pairs.add_traces(text, *moved)
        renamed = text.replace("model %s:" % name, "model %s:" % new, 1)
        path = _files.setdefault(new, _prepared_folder() / ("%d_%s.nestml" % (len(_files), new)))
        path.write_text(renamed, encoding="utf-8")
        _origins[str(path)] = str(source)
        options_file = path.with_name(path.name[:-len(".nestml")] + ".codegen.json")
        options = _options_for(codegen_opts, name, new, ports)
        options["syncytium_source_file"] = str(source)  # messages name the user's file
        options_file.write_text(json.dumps(options, ensure_ascii=False), encoding="utf-8")
        names.append(new)
        files.append(path)
    _modules[module_name] = files
    return names


def _only(text, name):
    """``text`` with the models other than ``name`` blanked out (from their 'model' line to the next),
    line for line, so that messages give the lines of the user's file."""
    starts = [m.start() for m in _MODEL.finditer(text)] + [len(text)]
    if len(starts) <= 2:
        return text
    out = [text[:starts[0]]]
    for a, b in zip(starts, starts[1:]):
        part = text[a:b]
        out.append(part if _MODEL.match(text, a).group(1) == name else "\n" * part.count("\n"))
    return "".join(out)


def _options_for(codegen_opts, name, new, ports):
    """The options a renamed copy needs: that it is a synapse model, its weight and delay variables under
    its new name, its post ports, the gap-junction options and the numeric solver."""
    options = {}
    if name.split("_with_")[0].rstrip("_").endswith("synapse") or name in (codegen_opts.get("synapse_models") or []):
        options["synapse_models"] = [new]  # the new name may not end in "synapse" (suffix, pair)
    for key in ("weight_variable", "delay_variable"):
        variables = codegen_opts.get(key) or {}
        if name in variables:
            options[key] = {new: variables[name]}
    if ports:
        options["neuron_synapse_pairs"] = [{"neuron": "", "synapses": {new: {"post_ports": ports}}}]
    if "gap_junctions" in codegen_opts:
        options["gap_junctions"] = codegen_opts["gap_junctions"]
    if "numeric_solver" in codegen_opts:
        options["numeric_solver"] = codegen_opts["numeric_solver"]  # "rk45" or "forward-Euler"
    return options
