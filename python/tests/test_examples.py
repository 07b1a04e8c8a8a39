"""The gallery example as a script and as a notebook (executed by nbconvert, as a user would), and
the package installed by pip from the checkout, offline."""

import os
import subprocess
import sys

import nbformat

from conftest import PYTHON_DIR, ROOT

EXAMPLES = ROOT / "examples" / "python"


def environment(**extra):
    env = dict(os.environ, PYTHONPATH=str(PYTHON_DIR), MPLBACKEND="Agg", SIMTIME="5")
    env.update(extra)
    return env


def test_gallery_script_differs_from_nests_only_in_the_import():
    source = (EXAMPLES / "gap_junctions_inhibitory.py").read_text()
    assert "import syncytium as nest" in source and "import nest" not in source.replace("import syncytium as nest", "")
    for line in ("n_neuron = 500", "gap_per_neuron = 60", "inh_per_neuron = 50", "j_exc = 300.0", "j_inh = -50.0",
                 "threads = 8", "stepsize = 0.05", "gap_weight = 0.3", "numpy.random.seed(1)",
                 '"make_symmetric": True', "numpy.random.choice(neuron_list, [n_connection, 2])"):
        assert line in source, line


def test_gallery_script_runs(tmp_path):
    result = subprocess.run([sys.executable, str(EXAMPLES / "gap_junctions_inhibitory.py")], cwd=tmp_path,
                            env=environment(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "[ 100% ] Model time: 5.0 ms" in result.stdout
    assert os.listdir(tmp_path) == []


def test_gallery_notebook_executes_with_nbconvert(tmp_path):
    executed = tmp_path / "executed.ipynb"
    notebook_env = environment()
    del notebook_env["MPLBACKEND"]  # the kernel's inline backend puts the figure into the notebook
    result = subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
                             "--ExecutePreprocessor.timeout=600", "--output", str(executed),
                             str(EXAMPLES / "gap_junctions_inhibitory.ipynb")],
                            cwd=tmp_path, env=notebook_env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    notebook = nbformat.read(str(executed), as_version=4)
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Model time: 5.0 ms" in text
    line = [l for l in text.splitlines() if "spikes in 5.0 ms" in l][0]
    assert int(line.split()[0]) > 0, "the network spikes"
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1, "the raster plot"


def test_pip_installs_the_package_offline_with_the_distribution(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--no-index", "--no-cache-dir", str(PYTHON_DIR)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stdout + install.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SYNCYTIUM_HOME")}
    run = subprocess.run([str(python), "-c", "import syncytium as nest, pathlib\n"
                          "print(pathlib.Path(nest.__file__).parent.parent.name)\n"
                          "print(nest._jvm.distribution_home().name)\n"
                          "n = nest.Create('hh_psc_alpha_gap', params={'I_e': 200.0})\n"
                          "sr = nest.Create('spike_recorder'); nest.Connect(n, sr); nest.Simulate(40.0)\n"
                          "print(sr.n_events)\n"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["site-packages", "_distribution", "3"]
    assert not (PYTHON_DIR / "build").exists(), "the build writes nothing into the checkout"
