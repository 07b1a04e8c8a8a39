"""Kernel settings as module attributes and through Get/SetKernelStatus, with NEST's names."""

import pytest

import syncytium as nest


def test_defaults_are_nests():
    assert nest.resolution == 0.1
    assert nest.rng_seed == 143202461
    assert nest.total_num_virtual_procs == 1
    assert nest.use_wfr is True
    assert nest.print_time is False
    assert nest.wfr_comm_interval == 1.0
    assert nest.wfr_tol == 1e-4
    assert nest.wfr_max_iterations == 15
    assert nest.wfr_interpolation_order == 3
    assert nest.biological_time == 0.0


def test_attributes_set_the_kernel():
    nest.resolution = 0.05
    nest.total_num_virtual_procs = 2
    nest.print_time = True
    nest.rng_seed = 12
    nest.use_wfr = False
    status = nest.GetKernelStatus()
    assert status["resolution"] == 0.05
    assert status["total_num_virtual_procs"] == 2
    assert status["print_time"] is True
    assert status["rng_seed"] == 12
    assert status["use_wfr"] is False
    nest.use_wfr = True
    nest.wfr_tol = 1e-5
    nest.wfr_max_iterations = 20
    nest.wfr_interpolation_order = 1
    nest.wfr_comm_interval = 2.0
    assert nest.GetKernelStatus(["wfr_tol", "wfr_max_iterations", "wfr_interpolation_order", "wfr_comm_interval"]) \
        == (1e-5, 20, 1, 2.0)  # a tuple, as PyNEST returns


def test_set_kernel_status_and_reset():
    nest.SetKernelStatus({"resolution": 0.025, "rng_seed": 3})
    assert nest.GetKernelStatus("resolution") == 0.025
    nest.ResetKernel()
    assert nest.resolution == 0.1
    assert nest.GetKernelStatus("rng_seed") == 143202461


def test_unknown_and_bad_settings():
    with pytest.raises(nest.kernel.UnaccessedDictionaryEntry) as e:
        nest.SetKernelStatus({"resolutoin": 0.1})
    assert "did you mean \"resolution\"" in str(e.value)
    with pytest.raises(nest.NESTErrors.BadProperty):
        nest.resolution = -1.0
    with pytest.raises(nest.kernel.BadProperty):
        nest.print_time = "yes"
    with pytest.raises(KeyError):
        nest.GetKernelStatus("no_such_entry")
    with pytest.raises(AttributeError):
        nest.no_such_entry


def test_resolution_cannot_change_after_create():
    nest.Create("iaf_psc_alpha")
    with pytest.raises(nest.kernel.NESTError):
        nest.resolution = 0.05
    assert nest.resolution == 0.1


def test_read_only_entries():
    neurons = nest.Create("iaf_psc_alpha", 3)
    nest.Connect(neurons, neurons)
    assert nest.num_connections == 9
    assert nest.network_size == 3
    assert nest.min_delay == 1.0 and nest.max_delay == 1.0


def test_verbosity_levels_as_in_nest_3_10():
    assert nest.VerbosityLevel.WARNING == 20 and nest.VerbosityLevel.QUIET == 100
    nest.verbosity = nest.VerbosityLevel.WARNING
    assert nest.verbosity == nest.VerbosityLevel.WARNING
    assert nest.GetKernelStatus("verbosity") == 20
    nest.set_verbosity("M_ERROR")  # PyNEST's older form
    assert nest.get_verbosity() == nest.VerbosityLevel.ERROR
    nest.SetKernelStatus({"verbosity": nest.VerbosityLevel.INFO})
    assert nest.verbosity == nest.VerbosityLevel.INFO
    for bad in ("LOUD", 3, True):
        with pytest.raises(nest.kernel.BadProperty, match="verbosity"):
            nest.verbosity = bad
    assert nest.verbosity == nest.VerbosityLevel.INFO


def test_a_misspelt_setting_is_an_error_as_in_pynest():
    # PyNEST 3.10 freezes its module: "Cannot set attribute 'resolutoin' on module 'nest'"
    with pytest.raises(AttributeError, match="resolutoin.*did you mean 'resolution'"):
        nest.resolutoin = 0.05
    with pytest.raises(AttributeError, match="Simulate"):
        nest.Simulate = None
    assert callable(nest.Simulate) and not hasattr(nest, "resolutoin")
    nest.resolution = 0.05  # a kernel parameter still sets
    assert nest.resolution == 0.05


def test_time_representation_as_in_nest():
    # NEST's artificial_synchrony example sets a tic of 2^-5 ms with a step of one tic
    assert (nest.tics_per_ms, nest.ms_per_tic, nest.tics_per_step) == (1000.0, 0.001, 100)
    nest.SetKernelStatus({"tics_per_ms": 2 ** 5, "resolution": 2 ** -5})
    assert (nest.tics_per_ms, nest.tics_per_step, nest.resolution) == (32.0, 1, 0.03125)
    with pytest.raises(nest.kernel.BadProperty, match="whole number of tics"):
        nest.resolution = 0.05
    with pytest.raises(nest.kernel.KernelException, match="together with resolution"):
        nest.tics_per_ms = 1000
    with pytest.raises(nest.kernel.BadProperty, match="read-only"):
        nest.ms_per_tic = 0.5
    nest.ResetKernel()
    assert (nest.tics_per_ms, nest.resolution) == (1000.0, 0.1)
    with pytest.raises(nest.kernel.BadProperty, match="at least one tic"):
        nest.resolution = 0.0005


def test_rng_type_names_the_kernels_generator():
    assert nest.rng_types == ["xoshiro256++"]
    assert nest.rng_type == "xoshiro256++"
    nest.rng_type = "xoshiro256++"
    with pytest.raises(nest.kernel.BadProperty, match="not a known RNG type"):
        nest.rng_type = "mt19937_64"


def test_build_info_answers_what_nest_scripts_branch_on():
    info = nest.build_info
    assert info["have_threads"] is True and info["have_gsl"] is True and info["have_mpi"] is False
    assert info["version"] == nest.__version__


def test_model_ids_put_copies_after_their_originals():
    nest.CopyModel("iaf_psc_alpha", "iaf_copy")
    nest.CopyModel("static_synapse", "static_copy")
    original, copy = nest.Create("iaf_psc_alpha"), nest.Create("iaf_copy")
    assert copy.model_id > original.model_id >= 0
    assert nest.GetDefaults("iaf_copy")["model_id"] == copy.model_id
    assert nest.GetDefaults("static_copy")["synapse_modelid"] > nest.GetDefaults("static_synapse")["synapse_modelid"]
    assert len({nest.GetDefaults(m)["model_id"] for m in nest.node_models}) == len(nest.node_models)
