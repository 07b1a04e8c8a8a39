"""Errors: PyNEST's exception names, the command line's one-line messages, no Java stack traces."""

import pytest

import syncytium as nest
from conftest import run_cli


def cli_error(tmp_path, network):
    (tmp_path / "bad.yaml").write_text("network:\n" + network + "simulate: 5\n")
    result = run_cli("run", tmp_path / "bad.yaml", "--out", tmp_path / "out")
    assert result.returncode != 0
    line = result.stderr.strip().splitlines()[-1]
    # "error: FILE:LINE: message"
    return line.split(": ", 2)[2]


def test_unknown_model_has_the_cli_message(tmp_path):
    message = cli_error(tmp_path, "  - create: {model: hh_psc_alpha_gpa}\n")
    with pytest.raises(nest.kernel.UnknownModelName) as e:
        nest.Create("hh_psc_alpha_gpa")
    assert str(e.value) == message
    assert isinstance(e.value, nest.kernel.NESTError) and isinstance(e.value, nest.NESTError)
    assert e.value.errorname == "UnknownModelName"
    assert e.value.__cause__ is None and e.value.__context__ is None, "no Java exception attached"


def test_bad_property_has_the_cli_message(tmp_path):
    message = cli_error(tmp_path, "  - create: {model: hh_psc_alpha_gap, params: {C_m: -1.0}}\n")
    with pytest.raises(nest.NESTErrors.BadProperty) as e:
        nest.Create("hh_psc_alpha_gap", params={"C_m": -1.0})
    assert str(e.value) == message


def test_unknown_parameter_has_the_cli_message(tmp_path):
    message = cli_error(tmp_path, "  - create: {model: hh_psc_alpha_gap, params: {C_mm: 1.0}}\n")
    with pytest.raises(nest.kernel.UnaccessedDictionaryEntry) as e:
        nest.Create("hh_psc_alpha_gap", params={"C_mm": 1.0})
    assert str(e.value) == message


def test_illegal_connection_has_the_cli_message(tmp_path):
    message = cli_error(tmp_path, "  - create: {model: iaf_psc_alpha, n: 2, as: n}\n"
                                  "  - connect: {pre: n, post: n, conn_spec: {rule: one_to_one, make_symmetric: true},"
                                  " syn_spec: {synapse_model: gap_junction}}\n")
    n = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.kernel.IllegalConnection) as e:
        nest.Connect(n, n, {"rule": "one_to_one", "make_symmetric": True}, {"synapse_model": "gap_junction"})
    assert str(e.value) == message


def test_every_error_is_a_nest_error_subclass():
    names = [name for name in dir(nest.NESTErrors) if not name.startswith("_")]
    assert {"UnknownModelName", "BadProperty", "BadDelay", "IllegalConnection", "KernelException",
            "UnknownSynapseType", "UnaccessedDictionaryEntry", "NumericalInstability"} <= set(names)
    for name in names:
        assert issubclass(getattr(nest.NESTErrors, name), nest.kernel.NESTError)


def test_wrong_java_type_from_python_is_a_type_error_naming_the_parameter():
    n = nest.Create("iaf_psc_alpha")
    with pytest.raises(TypeError) as e:
        n.set(I_e=1 + 2j)
    assert str(e.value).startswith("I_e: cannot pass a value of type complex")
    with pytest.raises(TypeError) as e:
        nest.Connect(n, n, syn_spec={"weight": None})
    assert "weight" in str(e.value)
    with pytest.raises(TypeError):
        nest.SetKernelStatus({"resolution": [0.1, 0.2, object()]})
    with pytest.raises(nest.kernel.BadProperty):
        nest.SetKernelStatus({"rng_seed": "seven"})
    assert nest.rng_seed == 143202461


def test_an_unknown_syn_spec_entry_is_an_unaccessed_dictionary_entry_as_nest():
    # NEST 3.10: UnaccessedDictionaryEntry; the model's name in the message ("parameter of
    # static_synapse") once made it an UnknownSynapseType
    n = nest.Create("iaf_psc_alpha", 2)
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="foo"):
        nest.Connect(n, n, "one_to_one", {"foo": 1.0})
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry, match="foo"):
        nest.Connect(n, n, "one_to_one", {"synapse_model": "static_synapse", "foo": 1.0})
    with pytest.raises(nest.NESTErrors.UnknownSynapseType):
        nest.Connect(n, n, "one_to_one", {"synapse_model": "no_such_synapse"})


def test_reading_an_unknown_entry_is_a_key_error_and_setting_an_unknown_kernel_parameter_a_value_error():
    # PyNEST 3.10 raises KeyError('foo') for the reads and ValueError for the kernel setting; ours are
    # those and UnaccessedDictionaryEntry, so handlers written for either catch them
    n = nest.Create("iaf_psc_alpha", 2)
    for read in (lambda: n.get("foo"), lambda: n.foo, lambda: nest.GetStatus(n, "foo"),
                 lambda: n.get(["V_m", "foo"]), lambda: n[0].get("foo")):
        with pytest.raises(KeyError) as e:
            read()
        assert isinstance(e.value, nest.NESTErrors.UnaccessedDictionaryEntry)
        assert str(e.value).startswith('unknown parameter of iaf_psc_alpha "foo"')  # no quotes around it
    with pytest.raises(ValueError, match="nope"):
        nest.SetKernelStatus({"nope": 1})
    with pytest.raises(nest.NESTErrors.UnaccessedDictionaryEntry) as e:
        n.set(foo=1.0)  # NEST's class for a write, not a KeyError
    assert not isinstance(e.value, KeyError)
