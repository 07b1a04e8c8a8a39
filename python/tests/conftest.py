"""Shared set-up: the package from this checkout, one kernel per process, reset before each test,
and helpers to run the command line and Python scripts in their own processes."""

import os
import pathlib
import subprocess
import sys

import pytest

PYTHON_DIR = pathlib.Path(__file__).resolve().parent.parent
ROOT = PYTHON_DIR.parent
DISTRIBUTION = ROOT / "launcher" / "target" / "syncytium"
sys.path.insert(0, str(PYTHON_DIR))

import syncytium as nest  # noqa: E402


@pytest.fixture(autouse=True)
def fresh_kernel():
    nest.ResetKernel()
    yield


def run_cli(*args, cwd=None, timeout=300):
    """The syncytium command line (the built distribution), as a user runs it."""
    command = ["java", "-cp", str(DISTRIBUTION / "lib" / "*"), "org.syncytium.launcher.Main", *map(str, args)]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def run_python(code, env=None, timeout=120, **kwargs):
    """A Python script in a fresh interpreter with this checkout's package on the path."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = str(PYTHON_DIR)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env=environment, **kwargs)
