#!/usr/bin/env python3
"""Runs NEST's own Python test suite (testsuite/pytests of a NEST checkout) against Syncytium with the
one line changed that a user changes (``import nest`` -> ``import syncytium as nest``), and, given a
NEST build, against NEST too; prints how many of the tests NEST passes pass here, and the files where
they do not. Nothing is copied into this repository: the tests are read from the checkout and run in a
temporary folder.

    benchmarks/nest/nest_testsuite.py NEST_SOURCE [FOLDER ...]        (default folders: other recording
                                                                     stimulating connect regressions neurons spatial)
    NEST_PYTHONPATH=INSTALL/lib/python3.11/site-packages benchmarks/nest/nest_testsuite.py NEST_SOURCE
    PYTHON=...: the interpreter with JPype, numpy and pytest (default /usr/bin/python3)

NEST_SOURCE: a checkout of https://github.com/nest/nest-simulator (the figures in docs/python.md used
v3.10). Tests of models, rules or devices one side lacks fail on that side; the comparison counts only
the tests NEST passes.
"""

import collections
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
PYTHON_DIR = HERE.parent.parent / "python"
FOLDERS = ("other", "recording", "stimulating", "connect", "regressions", "neurons", "spatial")
# the interpreter with JPype, numpy and pytest (Debian's python3-jpype is for /usr/bin/python3)
PYTHON = os.environ.get("PYTHON") or ("/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable)
OUTCOME = re.compile(r"^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) (\S+)")


def run(tests, pythonpath, folders, log):
    env = dict(os.environ, PYTHONPATH=pythonpath, MPLBACKEND="Agg")
    command = [PYTHON, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider",
               "--continue-on-collection-errors", "-m", "not requires_many_cores", *folders]
    with open(log, "w") as out:
        subprocess.run(command, cwd=tests, env=env, stdout=out, stderr=subprocess.STDOUT)
    outcomes = {}
    for line in open(log):
        match = OUTCOME.match(line)
        if match:
            outcomes[match.group(2)] = match.group(1)
    if not outcomes:
        tail = open(log).read().strip().splitlines()[-15:]
        raise SystemExit("nest_testsuite: no test ran with %s (PYTHONPATH=%s); pytest said:\n%s"
                         % (PYTHON, pythonpath, "\n".join(tail)))
    return outcomes


def main():
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(sys.argv) > 1 else 2
    source = pathlib.Path(sys.argv[1]) / "testsuite" / "pytests"
    if not source.is_dir():
        print("nest_testsuite: %s has no testsuite/pytests (give a NEST checkout)" % sys.argv[1], file=sys.stderr)
        return 2
    folders = sys.argv[2:] or [f for f in FOLDERS if (source / f).is_dir()]
    work = pathlib.Path(tempfile.mkdtemp(prefix="nest-testsuite."))
    try:
        ours = work / "syncytium"
        shutil.copytree(source, ours)
        for path in ours.rglob("*.py"):
            text = path.read_text()
            changed = re.sub(r"^(\s*)import nest$", r"\1import syncytium as nest", text, flags=re.M)
            if changed != text:
                path.write_text(changed)
        here = run(ours, str(PYTHON_DIR), folders, work / "syncytium.log")
        print("Syncytium: %d of %d tests pass" % (sum(v == "PASSED" for v in here.values()), len(here)))
        nest_path = os.environ.get("NEST_PYTHONPATH")
        if not nest_path:
            return 0
        theirs = work / "nest"
        shutil.copytree(source, theirs)
        there = run(theirs, nest_path, folders, work / "nest.log")
        passed = [t for t, v in there.items() if v == "PASSED"]
        missing = [t for t in passed if here.get(t) != "PASSED"]
        print("NEST:      %d of %d tests pass" % (len(passed), len(there)))
        print("Of the tests NEST passes, Syncytium passes %d (%.0f %%); it also passes %d that NEST's build fails"
              % (len(passed) - len(missing), 100.0 * (len(passed) - len(missing)) / max(1, len(passed)),
                 sum(1 for t, v in here.items() if v == "PASSED" and there.get(t) != "PASSED")))
        print("Files with tests NEST passes and Syncytium does not (count):")
        for name, count in collections.Counter(t.split("::")[0] for t in missing).most_common():
            print("  %4d  %s" % (count, name))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
