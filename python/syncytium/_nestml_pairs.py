"""The neuron of a NESTML neuron-synapse pair as NESTML's NEST target makes it: the synapse's
postsynaptic traces (state variables that only its postsynaptic handler changes, with a decay
``x' = -x / tau`` and a jump such as ``post_trace += 1``) become the neuron's state variables
``TRACE__for_SYNAPSE``, with their time constants (``tau_tr_post__for_SYNAPSE``), decaying exactly
each step, jumping where the neuron emits a spike, and recordable. The engine itself keeps each connection's traces in the synapse; the neuron's copies are
what NESTML's users record (``multimeter`` ``record_from``). A text transformation of the two models'
NESTML, for the usual layout of NESTML's files; a trace it cannot move (a jump inside an ``if``, one
that reads other variables) stays in the synapse only."""

import re

_ASSIGN = re.compile(r"^([A-Za-z_]\w*)\s*(\+=|-=|\*=|/=|=)(?!=)\s*(.+)$")
_DECLARE = re.compile(r"^([A-Za-z_]\w*)\s+[A-Za-z_(]")
_ODE = re.compile(r"^([A-Za-z_]\w*)'\s*=\s*(.+)$")
_WORD = re.compile(r"[A-Za-z_]\w*")


class _Block:
    def __init__(self, header, start):
        self.header = header      # e.g. "state:", "onReceive(post_spikes):"
        self.start = start        # line index of the header
        self.end = start          # last line index of the body
        self.indent = None        # indentation of the body


def _code(line):
    return line.split("#")[0].rstrip()


def _blocks(lines):
    """The model's blocks (header, body lines), skipping docstrings and comments."""
    blocks, current, model_indent, in_doc = [], None, None, False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.count('"""') % 2 == 1:
            in_doc = not in_doc
            continue
        if in_doc or not stripped or stripped.startswith("#") or stripped.startswith('"""'):
            continue
        indent = len(line) - len(line.lstrip())
        if stripped.startswith("model "):
            continue
        if model_indent is None:
            model_indent = indent
        if indent == model_indent:
            current = _Block(_code(stripped), i)
            blocks.append(current)
        elif current is not None:
            current.end = i
            if current.indent is None:
                current.indent = indent
    return blocks, model_indent


def _find(blocks, header):
    return next((b for b in blocks if b.header.replace(" ", "") == header.replace(" ", "")), None)


def _statements(lines, block, top_only):
    """(line index, code) of a block's statements; top_only: only those at the body's own indentation."""
    out = []
    for i in range(block.start + 1, block.end + 1):
        code = _code(lines[i]).strip()
        if not code:
            continue
        indent = len(lines[i]) - len(lines[i].lstrip())
        if top_only and indent != block.indent:
            continue
        out.append((i, code))
    return out


def _assigned(lines, block):
    names = set()
    for _, code in _statements(lines, block, False):
        m = _ASSIGN.match(code)
        if m and not _DECLARE.match(code):
            names.add(m.group(1))
    return names


def moved_traces(synapse_text, post_ports):
    """[(trace, declaration, ODE right-hand side, jumps, parameters read)] of a synapse's postsynaptic traces."""
    lines = synapse_text.split("\n")
    blocks, _ = _blocks(lines)
    post = [b for b in blocks if re.match(r"onReceive\((%s)\b" % "|".join(map(re.escape, post_ports)), b.header)]
    if not post:
        return []
    state = _find(blocks, "state:")
    parameters = _find(blocks, "parameters:")
    equations = _find(blocks, "equations:")
    if state is None or equations is None:
        return []
    declarations = {}
    for block in (state, parameters):
        for _, code in (_statements(lines, block, True) if block else []):
            m = _DECLARE.match(code)
            if m:
                declarations[m.group(1)] = code
    odes = {m.group(1): m.group(2) for _, code in _statements(lines, equations, True) for m in [_ODE.match(code)] if m}
    elsewhere = set()
    for b in blocks:
        if b not in post and (b.header.startswith(("onReceive", "update", "function"))):
            elsewhere |= _assigned(lines, b)
    state_order = [_DECLARE.match(code).group(1) for _, code in _statements(lines, state, True) if _DECLARE.match(code)]
    state_names = set(state_order)
    parameter_names = {_DECLARE.match(code).group(1) for _, code in (_statements(lines, parameters, True) if parameters else [])
                       if _DECLARE.match(code)}
    traces = []
    candidates = set().union(*(_assigned(lines, b) for b in post)) - elsewhere
    for name in state_order:
        if name not in candidates or name not in odes:
            continue
        jumps, movable = [], True
        for b in post:
            for i, code in _statements(lines, b, False):
                m = _ASSIGN.match(code)
                if not m or _DECLARE.match(code) or m.group(1) != name:
                    continue
                reads = set(_WORD.findall(m.group(3))) - {name}
                indent = len(lines[i]) - len(lines[i].lstrip())
                if indent != b.indent or reads & (state_names | parameter_names):
                    movable = False
                jumps.append(code)
        decay = re.match(r"^-\s*%s\s*/\s*([A-Za-z_]\w*)$" % re.escape(name), odes[name].strip())
        if not movable or not decay or decay.group(1) not in parameter_names:
            continue
        traces.append((name, declarations[name], decay.group(1), jumps, [decay.group(1)]))
    return [(t[0], t[1], t[2], t[3], [(p, declarations[p]) for p in t[4]]) for t in traces]


def _rename(code, names, suffix):
    return _WORD.sub(lambda m: m.group(0) + suffix if m.group(0) in names else m.group(0), code)


def add_traces(neuron_text, traces, synapse_name):
    """The neuron's NESTML with the traces (from :func:`moved_traces`) as ``TRACE__for_SYNAPSE``."""
    if not traces:
        return neuron_text
    suffix = "__for_" + synapse_name
    renamed = {t[0] for t in traces} | {p for t in traces for p, _ in t[4]}
    lines = neuron_text.split("\n")
    blocks, model_indent = _blocks(lines)
    pad = " " * model_indent
    inserts = {}  # line index -> lines to add after it

    def add_to(header, new_lines):
        block = _find(blocks, header)
        if block is None:  # a block the neuron lacks goes after its last block
            last = max(b.end for b in blocks)
            inserts.setdefault(last, []).extend(["", pad + header] + [pad * 2 + text for text in new_lines])
        else:
            body = " " * (block.indent or model_indent * 2)
            inserts.setdefault(block.end, []).extend(body + text for text in new_lines)

    add_to("state:", [_rename(t[1], renamed, suffix) for t in traces])
    parameters = {}
    for t in traces:
        for p, declaration in t[4]:
            parameters[p] = _rename(declaration, renamed, suffix)
    if parameters:
        add_to("parameters:", list(parameters.values()))
    # each step first decays the traces exactly, apart from the neuron's own ODEs (whose integration
    # they would otherwise change); a spike then makes them jump
    decays = ["%s%s *= exp(-resolution() / %s%s)" % (t[0], suffix, t[2], suffix) for t in traces]
    update = _find(blocks, "update:")
    if update is None:
        last = max(b.end for b in blocks)
        inserts.setdefault(last, []).extend(["", pad + "update:"] + [pad * 2 + d for d in decays])
    jumps = [_rename(j, renamed, suffix) for t in traces for j in t[3]]
    out = []
    for i, line in enumerate(lines):
        code = _code(line).strip()
        indent = line[:len(line) - len(line.lstrip())]
        out.append(line)
        if update is not None and i == update.start:
            out.extend(" " * update.indent + d for d in decays)
        if code.startswith("emit_spike("):
            out.extend(indent + j for j in jumps)
        out.extend(inserts.get(i, []))
    return "\n".join(out)
