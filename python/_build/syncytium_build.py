"""A PEP 517 build backend with no dependencies, so that 'pip install ./python' works offline.

It builds a pure-Python wheel of the ``syncytium`` package and, if the checkout has a built
distribution (``launcher/target/syncytium`` with ``lib/`` and ``bundles/``), packs it in as
``syncytium/_distribution`` so the installed package runs without the checkout.
"""

import base64
import hashlib
import io
import os
import pathlib
import tarfile
import zipfile

NAME = "syncytium"
VERSION = "0.1.0"
HERE = pathlib.Path(__file__).resolve().parent.parent          # python/
DISTRIBUTION = HERE.parent / "launcher" / "target" / "syncytium"  # the checkout's build
TAG = "py3-none-any"

METADATA = """Metadata-Version: 2.1
Name: {name}
Version: {version}
Summary: PyNEST-compatible Python front end of the Syncytium spiking-network simulator
Requires-Python: >=3.9
Requires-Dist: JPype1>=1.4
Requires-Dist: numpy
Provides-Extra: examples
Requires-Dist: matplotlib; extra == "examples"
""".format(name=NAME, version=VERSION)

WHEEL = """Wheel-Version: 1.0
Generator: syncytium_build
Root-Is-Purelib: true
Tag: {tag}
""".format(tag=TAG)


def _files():
    """(archive name, path) of everything the wheel holds."""
    package = HERE / NAME
    for path in sorted(package.rglob("*.py")):
        yield path.relative_to(HERE).as_posix(), path
    if (DISTRIBUTION / "lib").is_dir() and (DISTRIBUTION / "bundles").is_dir():
        for folder in ("lib", "bundles"):
            for path in sorted((DISTRIBUTION / folder).glob("*.jar")):
                yield "%s/_distribution/%s/%s" % (NAME, folder, path.name), path


def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return "%s,sha256=%s,%d" % (name, digest, len(data))


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    info = pathlib.Path(metadata_directory) / ("%s-%s.dist-info" % (NAME, VERSION))
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(METADATA)
    (info / "WHEEL").write_text(WHEEL)
    return info.name


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    wheel_name = "%s-%s-%s.whl" % (NAME, VERSION, TAG)
    info = "%s-%s.dist-info" % (NAME, VERSION)
    target = pathlib.Path(wheel_directory) / wheel_name
    records = []
    partial = target.with_suffix(".whl.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as wheel:
        entries = [(name, path.read_bytes()) for name, path in _files()]
        entries += [(info + "/METADATA", METADATA.encode()), (info + "/WHEEL", WHEEL.encode()),
                    (info + "/top_level.txt", (NAME + "\n").encode())]
        for name, data in entries:
            wheel.writestr(name, data)
            records.append(_record_line(name, data))
        records.append(info + "/RECORD,,")
        wheel.writestr(info + "/RECORD", "\n".join(records) + "\n")
    os.replace(partial, target)
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    base = "%s-%s" % (NAME, VERSION)
    target = pathlib.Path(sdist_directory) / (base + ".tar.gz")
    with tarfile.open(target, "w:gz") as sdist:
        for path in [HERE / "pyproject.toml", HERE / "_build" / "syncytium_build.py"] + sorted((HERE / NAME).rglob("*.py")):
            sdist.add(path, arcname="%s/%s" % (base, path.relative_to(HERE).as_posix()))
        data = METADATA.encode()
        info = tarfile.TarInfo(base + "/PKG-INFO")
        info.size = len(data)
        sdist.addfile(info, io.BytesIO(data))
    return target.name
