"""The interpreter around the kernel: clean exit after errors, one clear exception for a missing
JPype or Java, Ctrl-C in Simulate, and nothing left behind (framework cache, files)."""

import os
import signal
import subprocess
import sys
import time

from conftest import PYTHON_DIR, run_python


def test_exit_after_an_uncaught_error_is_prompt_and_clean(tmp_path):
    work = tmp_path / "work"
    temporary = tmp_path / "tmp"
    work.mkdir()
    temporary.mkdir()
    start = time.monotonic()
    result = run_python("import syncytium as nest\n"
                        "n = nest.Create('iaf_psc_alpha', 2)\n"
                        "nest.Connect(n, n)\n"
                        "nest.Create('no_such_model')\n", cwd=work, env={"TMPDIR": str(temporary)}, timeout=60)
    assert time.monotonic() - start < 30
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith('syncytium.kernel.UnknownModelName: unknown ') and '"no_such_model"' in last
    assert "at org.syncytium" not in result.stderr, "no Java stack trace"
    assert os.listdir(temporary) == [], "the framework's cache folder is removed"
    assert os.listdir(work) == [], "nothing written into the working folder"


def test_normal_exit_after_a_simulation():
    result = run_python("import syncytium as nest\n"
                        "n = nest.Create('hh_psc_alpha_gap', 3, params={'I_e': 200.0})\n"
                        "sr = nest.Create('spike_recorder'); nest.Connect(n, sr)\n"
                        "nest.Simulate(20.0); print(sr.n_events)\n", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "6"


def test_missing_jpype_is_one_clear_import_error():
    result = run_python("import sys; sys.modules['jpype'] = None\nimport syncytium\n", timeout=60)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: syncytium needs JPype") and "python3-jpype" in last
    assert result.stderr.count("Traceback") == 1


def test_missing_java_is_one_clear_error():
    code = ("import jpype\n"
            "def no_jvm():\n"
            "    raise jpype.JVMNotFoundException('No JVM shared library file (libjvm.so) found')\n"
            "jpype.getDefaultJVMPath = no_jvm\n"
            "import syncytium\n")
    result = run_python(code, env={"JAVA_HOME": "/nonexistent"}, timeout=60)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("syncytium._jvm.SetupError: no Java runtime found: install a JDK 17")
    assert result.stderr.count("Traceback") == 1


def test_a_java_that_is_not_a_jdk_is_one_clear_error(tmp_path):
    result = run_python("import syncytium\n", env={"SYNCYTIUM_JAVA": str(tmp_path / "java")}, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("syncytium._jvm.SetupError: SYNCYTIUM_JAVA=")


def test_missing_distribution_is_one_clear_error(tmp_path):
    result = run_python("import syncytium\n", env={"SYNCYTIUM_HOME": str(tmp_path)}, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(
        "syncytium._jvm.SetupError: SYNCYTIUM_HOME=%s is not a Syncytium distribution" % tmp_path)


def test_ctrl_c_in_simulate_stops_promptly_with_keyboard_interrupt(tmp_path):
    code = ("import syncytium as nest\n"
            "nest.resolution = 0.05\n"
            "n = nest.Create('hh_psc_alpha_gap', 200, params={'I_e': 200.0})\n"
            "nest.Connect(n, n, {'rule': 'fixed_indegree', 'indegree': 10}, {'weight': -1.0})\n"
            "print('simulating', flush=True)\n"
            "try:\n"
            "    nest.Simulate(1e6)\n"
            "except KeyboardInterrupt as e:\n"
            "    print('interrupted:', e, flush=True)\n"
            "    print('reached', nest.biological_time, flush=True)\n"
            "    nest.Simulate(1.0)\n"
            "    print('continued', nest.biological_time, flush=True)\n"
            "    raise\n")
    work = tmp_path / "work"
    temporary = tmp_path / "tmp"
    work.mkdir()
    temporary.mkdir()
    environment = dict(os.environ, PYTHONPATH=str(PYTHON_DIR), TMPDIR=str(temporary))
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=environment, cwd=work)
    assert process.stdout.readline().strip() == "simulating"
    time.sleep(2.0)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - sent < 10, "stops within a few pieces"
    assert process.returncode != 0
    assert "interrupted: Simulate interrupted at" in out
    reached = float(out.split("reached ")[1].split()[0])
    assert 0 < reached < 1e6
    assert abs(float(out.split("continued ")[1].split()[0]) - (reached + 1.0)) < 1e-9
    assert err.strip().splitlines()[-1].startswith("KeyboardInterrupt: Simulate interrupted at")
    assert os.listdir(work) == [] and os.listdir(temporary) == [], "nothing left behind"


def test_java_opts_reach_the_jvm_and_running_out_of_memory_says_how_to_raise_it():
    # as for ./syncytium, JAVA_OPTS sets the heap; a network too large for it is one clear error
    code = "\n".join([
        "import syncytium as nest, jpype",
        "print('max', jpype.JClass('java.lang.Runtime').getRuntime().maxMemory() // 2**20)",
        "n = nest.Create('iaf_psc_alpha', 20000)",
        "try:",
        "    nest.Connect(n, n, {'rule': 'fixed_indegree', 'indegree': 20000})",
        "except nest.kernel.KernelException as e:",
        "    print('error', e)",
        "m = nest.Create('iaf_psc_alpha', 2)",
        "nest.Connect(m, m)",
        "nest.Simulate(5.0)",
        "print('after', nest.GetKernelStatus('num_connections'))",
    ])
    result = run_python(code, env={"JAVA_OPTS": "-Xmx256m -XX:+UseSerialGC", "SYNCYTIUM_AOT": "0"})
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert 200 <= int(lines["max"]) <= 256
    assert lines["error"].startswith("out of memory") and "JAVA_OPTS=-Xmx" in lines["error"]
    assert lines["after"] == "4", "the refused call left no connections and the kernel works on"


def test_faulthandler_enabled_after_import_leaves_the_jvm_its_signals():
    # pytest enables faulthandler after a conftest imported syncytium; the JVM's routine SIGSEGVs
    # (safepoint polls, null checks) then reached faulthandler, which dumped the threads and aborted
    # the process within a few simulations
    result = run_python("import syncytium as nest\n"
                        "import faulthandler\n"
                        "faulthandler.enable()\n"
                        "for k in range(6):\n"
                        "    nest.ResetKernel()\n"
                        "    n = nest.Create('hh_psc_alpha_gap', 50, params={'I_e': 200.0})\n"
                        "    m = nest.Create('iaf_psc_alpha', 50)\n"
                        "    nest.Connect(n, m, 'all_to_all', {'weight': 10.0})\n"
                        "    nest.Simulate(100.0)\n"
                        "print(faulthandler.is_enabled())\n", timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Fatal Python error" not in result.stderr
    assert result.stdout.strip() == "True"
