"""The Java side: finds the distribution, starts the JVM and the embedded Felix framework once per
process (the same bundles the ``syncytium`` command line runs), and closes both at exit.

Every failure to get there is one exception with one clear line: JPype missing, no Java runtime,
a Java older than 17, no built distribution, a framework that does not start.
"""

import atexit
import fcntl
import glob
import os
import tempfile
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import zlib

try:
    import jpype
    import jpype.config
except ImportError:  # pragma: no cover - exercised by a subprocess test
    raise ImportError("syncytium needs JPype to talk to the Java kernel: install it with "
                      "'apt-get install python3-jpype' (Debian) or 'pip install JPype1'") from None

from .kernel import NESTError

# Debian's JPype 1.4.1 only starts the JVM with its support jar on the class path.
_JPYPE_JARS = ("/usr/share/java/org.jpype.jar",)
_FACTORY_TIMEOUT_MS = 20000
# As ./syncytium (both in _user_and_default_options): the serial collector with a fixed 32 MB young
# generation keeps the peak resident memory near the live data while the Vector API's warm-up
# allocates gigabytes of short-lived boxes (G1 grows the heap for them); the old generation still
# grows to Java's default maximum heap, or to -Xmx in $JAVA_OPTS.
# As ./syncytium on fewer than 8 cores: four compiler threads instead of two, so that C2 compiles the
# SIMD integrator's lanes sooner in a fresh process (docs/performance.md, "Fresh processes").
_CPUS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 8)
_COMPILER_OPTIONS = ("-XX:CICompilerCount=4",) if _CPUS < 8 else ()
# As ./syncytium: objects on 64-byte boundaries, so that the SIMD integrator's vectors start cache lines
# (docs/performance.md, "Aligned lanes").
_ALIGNMENT_OPTION = "-XX:ObjectAlignmentInBytes=64"


class SetupError(NESTError, ImportError):
    """Syncytium cannot start: no Java, no distribution, or a framework that does not come up."""


def distribution_home():
    """The distribution folder (with ``lib/`` and ``bundles/``) this package uses.

    In order: ``$SYNCYTIUM_HOME``; the copy packed into an installed wheel (``_distribution``); the
    build of the checkout this package lives in (``launcher/target/syncytium``).
    """
    here = pathlib.Path(__file__).resolve().parent
    candidates = []
    if os.environ.get("SYNCYTIUM_HOME"):
        candidates.append(("$SYNCYTIUM_HOME", pathlib.Path(os.environ["SYNCYTIUM_HOME"])))
    candidates.append(("the installed package", here / "_distribution"))
    candidates.append(("the checkout", here.parent.parent / "launcher" / "target" / "syncytium"))
    for origin, home in candidates:
        if (home / "lib").is_dir() and (home / "bundles").is_dir():
            return home
        if origin == "$SYNCYTIUM_HOME":
            raise SetupError("SYNCYTIUM_HOME=%s is not a Syncytium distribution (it needs lib/ and bundles/)" % home)
    raise SetupError("no Syncytium distribution found: build it with './syncytium --version' or "
                     "'mvn -B package -DskipTests' in the checkout (launcher/target/syncytium), or set SYNCYTIUM_HOME")


def _jpype_jars():
    found = [j for j in _JPYPE_JARS if os.path.isfile(j)]
    # JPype installed by pip ships its jar next to the module
    found += glob.glob(os.path.join(os.path.dirname(jpype.__file__), "..", "org.jpype.jar"))
    return found


def _java_home_of(libjvm):
    # <home>/lib/server/libjvm.so (JDK 9+)
    return pathlib.Path(libjvm).resolve().parent.parent.parent


def _pick_jvm():
    """The JVM ./syncytium would run: $SYNCYTIUM_JAVA, else $JAVA_HOME, else the newest JDK 25+ in
    /usr/lib/jvm (faster on the seed network), else JPype's default. Returns the libjvm path."""
    java = os.environ.get("SYNCYTIUM_JAVA")
    if java:
        resolved = shutil.which(java) or java
        libjvm = pathlib.Path(os.path.realpath(resolved)).parent.parent / "lib" / "server" / "libjvm.so"
        if not libjvm.is_file():
            raise SetupError("SYNCYTIUM_JAVA=%s is not the java of a JDK 17+ (no %s)" % (java, libjvm))
        return str(libjvm)
    if not os.environ.get("JAVA_HOME"):
        newest = sorted(glob.glob("/usr/lib/jvm/*-2[5-9]-*") + glob.glob("/usr/lib/jvm/*-[3-9][0-9]-*"),
                        key=lambda p: [int(x) if x.isdigit() else 0 for x in re.split(r"[-.]", os.path.basename(p))],
                        reverse=True)
        for home in newest:
            libjvm = os.path.join(home, "lib", "server", "libjvm.so")
            if os.path.isfile(libjvm):
                return libjvm
    try:
        return jpype.getDefaultJVMPath()
    except Exception:
        raise SetupError("no Java runtime found: install a JDK 17 or newer (e.g. 'apt-get install "
                         "openjdk-17-jdk-headless') or set JAVA_HOME to one") from None


def _jdk_release(home):
    """(major version, module names) from the JDK's ``release`` file; None where it has none."""
    try:
        text = (home / "release").read_text(errors="replace")
    except OSError:
        return None
    modules = re.search(r'^MODULES="([^"]*)"', text, re.M)
    version = re.search(r'^JAVA_VERSION="(\d+)', text, re.M)
    if not modules or not version:
        return None
    return int(version.group(1)), set(modules.group(1).split())


def _jdk(libjvm):
    """(major version or None, module names) of the JDK of ``libjvm``: from its release file, else
    from ``java --list-modules`` (a whole JVM start, so only where there is no release file)."""
    home = _java_home_of(libjvm)
    release = _jdk_release(home)
    if release:
        return release
    try:
        listing = subprocess.run([str(home / "bin" / "java"), "--list-modules"], capture_output=True, text=True,
                                 timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None, set()
    major = re.search(r"^java\.base@(\d+)", listing, re.M)
    return (int(major.group(1)) if major else None), set(re.findall(r"^([\w.]+)@", listing, re.M))


def _module_options(libjvm):
    """The options ./syncytium passes: the Vector API module (hh_psc_alpha_gap's SIMD integrator) if the
    JDK has it, and quiet Unsafe / native access on JDK 22+."""
    major, modules = _jdk(libjvm)
    options = []
    if "jdk.incubator.vector" in modules:
        options.append("--add-modules=jdk.incubator.vector")
    if major and major >= 22:
        options.append("--enable-native-access=ALL-UNNAMED")
    if major and major >= 24:
        options.append("--sun-misc-unsafe-memory-access=allow")
    return options


def _aot_options(home, libjvm, options, classpath):
    """JDK 25+: the ahead-of-time class cache of this distribution for this class path (as ./syncytium
    keeps one for its own; docs/performance.md, "Fresh processes"), made on first use by a short
    training run of the seed scenario (about 10 s, once per build and JDK) in the build's
    ``launcher/target/syncytium/aot/`` folder (only there: an installed package uses one only if it
    ships it), under a lock, written to a temporary folder and renamed in. A cache the JVM cannot
    use is skipped silently. ``SYNCYTIUM_AOT=0`` turns it off. Returns the JVM options ([] without)."""
    major, _ = _jdk(libjvm)
    folder = home / "aot"
    if not major or major < 25 or os.environ.get("SYNCYTIUM_AOT", "1") == "0" \
            or re.search(r"-XX:AOT|-Xshare", os.environ.get("JAVA_OPTS", "")):
        return []
    java_home = _java_home_of(libjvm)
    key = [str(java_home), str(options), str(classpath)]
    for path in [libjvm, java_home / "release"] + list(classpath):
        try:
            stat = os.stat(path)
            key.append("%s %d %d" % (path, stat.st_size, int(stat.st_mtime)))
        except OSError:
            key.append(str(path))
    cache = folder / ("python-%d-%08x.aot" % (major, zlib.crc32("\n".join(key).encode())))
    quiet = ["-Xlog:aot=off", "-Xlog:cds=off"]
    # made only inside a checkout's build output, never in an installed package or $SYNCYTIUM_HOME
    failed = cache.with_suffix(".failed")  # tried once for this key: not again on every start
    if (not cache.is_file() and not failed.exists() and home.resolve().parts[-3:] == ("launcher", "target", "syncytium")
            and os.access(home, os.W_OK)):
        try:
            _make_aot_cache(java_home / "bin" / "java", folder, cache, options + quiet, classpath)
        except OSError as e:
            _tell("syncytium: could not make the class cache (runs without it): %s" % e)
        if not cache.is_file():
            try:
                failed.touch()
            except OSError:
                pass
    return quiet + ["-XX:AOTMode=auto", "-XX:AOTCache=" + str(cache)] if cache.is_file() else []


def _tell(line):
    """A line about the class cache, on a terminal only: scripts that read stderr see their own lines."""
    if sys.stderr.isatty():
        print(line, file=sys.stderr)


def _make_aot_cache(java, folder, cache, options, classpath):
    folder.mkdir(exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if cache.is_file():
            return  # made by another process meanwhile
        _tell("syncytium: preparing the class cache for this build and Java (once, about 10 s) ...")
        work = pathlib.Path(tempfile.mkdtemp(prefix=".making.", dir=str(folder)))
        try:
            common = [str(java)] + options + ["-Djava.io.tmpdir=" + str(work), "-cp", os.pathsep.join(classpath)]
            config = "-XX:AOTConfiguration=" + str(work / "classes.conf")
            with open(work / "log", "w") as log:
                subprocess.run(common + ["-XX:AOTMode=record", config, "org.syncytium.launcher.Main", "run",
                                         "--set", "simtime=20", "--out", str(work / "run")],
                               stdout=log, stderr=log, timeout=600, check=True, cwd=str(work))
                subprocess.run(common + ["-XX:AOTMode=create", config, "-XX:AOTCache=" + str(work / "classes.aot"),
                                         "org.syncytium.launcher.Main"], stdout=log, stderr=log, timeout=600, check=True,
                               cwd=str(work))
            for old in folder.glob(cache.name.split("-")[0] + "-%s-*.aot" % cache.name.split("-")[1]):
                old.unlink()  # caches of earlier builds or JDKs are of no use any more
            os.replace(work / "classes.aot", cache)
        except (OSError, subprocess.SubprocessError) as e:
            _tell("syncytium: could not make the class cache (runs without it): %s" % e)
        finally:
            shutil.rmtree(work, ignore_errors=True)


def _user_and_default_options():
    """Our memory and compiler options, then $JAVA_OPTS (e.g. -Xmx16g), as the ./syncytium wrapper
    passes them: a collector, young size or compiler count named in JAVA_OPTS replaces ours."""
    user = shlex.split(os.environ.get("JAVA_OPTS", ""))
    text = " ".join(user)
    ours = []
    if not re.search(r"-XX:\+Use\w*GC", text):
        ours.append("-XX:+UseSerialGC")
    if "-Xmn" not in text and "NewSize" not in text:
        ours.append("-Xmn32m")
    if "CICompilerCount" not in text:
        ours += list(_COMPILER_OPTIONS)
    if "ObjectAlignmentInBytes" not in text:
        ours.append(_ALIGNMENT_OPTION)
    return ours + user


def _start_jvm(home):
    if jpype.isJVMStarted():
        return
    jvm = _pick_jvm()
    classpath = _jpype_jars() + sorted(glob.glob(str(home / "lib" / "*.jar")))
    try:
        # interrupt=False: Ctrl-C goes to Python (KeyboardInterrupt), not to the JVM's own handler,
        # which would end the process without closing anything.
        options = ["-Xrs", "-Djava.awt.headless=true"] + _module_options(jvm) + _user_and_default_options()
        options += _aot_options(home, jvm, options, classpath)
        # A JVM that dies (e.g. killed while a test interrupts it) writes its crash log into the
        # temporary folder, never into the user's working directory.
        options.append("-XX:ErrorFile=" + os.path.join(tempfile.gettempdir(), "syncytium-hs_err_pid%p.log"))
        if os.environ.get("TMPDIR"):  # the framework's cache goes where Python's temporary files go
            options.append("-Djava.io.tmpdir=" + os.environ["TMPDIR"])
        jpype.startJVM(jvm, *options, classpath=classpath, convertStrings=False, interrupt=False)
        _keep_jvm_signal_handlers()
    except Exception as e:  # JPype raises OSError or RuntimeError with Java's text
        text = str(e).splitlines()[0] if str(e) else type(e).__name__
        if "UnsupportedClassVersion" in str(e) or "older than required" in str(e):
            text = "the Java runtime at %s is too old: Syncytium needs Java 17 or newer" % jvm
        raise SetupError("the Java virtual machine did not start: " + text) from None


# The JVM takes these signals in normal operation (safepoint polls, implicit null checks) and must be
# their first handler; for any it does not recognise it calls the handler it found at its start.
_JVM_SIGNALS = ("SIGSEGV", "SIGBUS", "SIGFPE", "SIGILL")


def _keep_jvm_signal_handlers():
    """Keeps the JVM the first handler of its signals when Python's faulthandler is enabled after the
    JVM started, as pytest does after a conftest imported syncytium: faulthandler would otherwise take
    the JVM's routine SIGSEGV for a crash, dump the threads and abort the process. faulthandler enabled
    before the JVM starts needs nothing: the JVM chains to it for faults of its own."""
    import ctypes
    import faulthandler
    import signal
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        saved = []
        for name in _JVM_SIGNALS:
            number = int(getattr(signal, name))
            action = ctypes.create_string_buffer(512)  # larger than any libc's struct sigaction
            if libc.sigaction(number, None, action) == 0:
                saved.append((number, action))
    except (OSError, AttributeError):
        return  # no POSIX sigaction here: nothing to keep
    enable = faulthandler.enable
    if getattr(enable, "_keeps_jvm_signals", False):
        return

    def enable_keeping_jvm_signals(*args, **kwargs):
        enable(*args, **kwargs)
        for number, action in saved:
            libc.sigaction(number, action, None)

    enable_keeping_jvm_signals._keeps_jvm_signals = True
    enable_keeping_jvm_signals.__doc__ = enable.__doc__
    faulthandler.enable = enable_keeping_jvm_signals


class Runtime:
    """The running framework and the kernel's simulator factory (one per process)."""

    def __init__(self):
        self.home = distribution_home()
        _start_jvm(self.home)
        self.Path = jpype.JClass("java.nio.file.Path")
        framework_class = jpype.JClass("org.syncytium.launcher.felix.EmbeddedFramework")
        self.framework = None
        try:
            self.framework = framework_class.start(self.Path.of(str(self.home / "bundles")), None)
            self.factory = self.framework.simulatorFactory(_FACTORY_TIMEOUT_MS)
        except jpype.JException as e:
            self.close()
            raise SetupError("the Syncytium framework did not start: %s" % e.getMessage()) from None
        self.simulators = []
        atexit.register(self.close)

    def new_simulator(self):
        simulator = self.factory.newSimulator()
        self.simulators.append(simulator)
        return simulator

    def forget(self, simulator):
        try:
            simulator.close()
        finally:
            if simulator in self.simulators:
                self.simulators.remove(simulator)

    def close(self):
        """Closes every simulator and the framework; registered with atexit (runs before JPype's own)."""
        if not jpype.isJVMStarted():
            return
        for simulator in list(self.simulators):
            try:
                simulator.close()
            except Exception as e:  # a recorder that cannot complete its file: say so, keep closing
                print("syncytium: while closing: %s" % e, file=sys.stderr)
        self.simulators = []
        if self.framework is not None:
            framework, self.framework = self.framework, None
            try:
                framework.close()
            except Exception as e:
                print("syncytium: while stopping the framework: %s" % e, file=sys.stderr)
        # The JVM's destruction at exit waits for every non-daemon Java thread: if a plugin left one
        # running, skip the destruction so that Python still exits.
        if _non_daemon_java_threads():
            jpype.config.destroy_jvm = False


def _non_daemon_java_threads():
    Thread = jpype.JClass("java.lang.Thread")
    current = Thread.currentThread()
    names = []
    for thread in Thread.getAllStackTraces().keySet():
        if thread != current and thread.isAlive() and not thread.isDaemon() and str(thread.getName()) != "DestroyJavaVM":
            names.append(str(thread.getName()))
    return names


_runtime = None


def runtime():
    """The process's runtime, started on first use."""
    global _runtime
    if _runtime is None:
        _runtime = Runtime()
    return _runtime
