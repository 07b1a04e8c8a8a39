"""Errors as PyNEST names them: ``nest.kernel.NESTError`` and its subclasses (``UnknownModelName``,
``BadProperty``, ...), also reachable as ``nest.NESTErrors.<Name>``. Each carries the kernel's
one-line message, the same line the ``syncytium`` command prints after ``error:``.
"""

import functools


class NESTError(Exception):
    """Base of every error the kernel reports (PyNEST's ``nest.kernel.NESTError``)."""

    def __init__(self, message, errorname=None):
        super().__init__(message)
        self.errorname = errorname or type(self).__name__
        self.errormessage = message


def _error(name, doc):
    return type(name, (NESTError,), {"__doc__": doc, "__module__": __name__})


UnknownModelName = _error("UnknownModelName", "No node model of this name is installed.")
UnknownSynapseType = _error("UnknownSynapseType", "No synapse model of this name is installed.")
UnaccessedDictionaryEntry = _error("UnaccessedDictionaryEntry",
                                   "A parameter or setting name the model or kernel does not have.")
# What PyNEST raises besides: KeyError for reading an entry a node lacks, ValueError for setting a kernel
# parameter that does not exist; ours are both that and an UnaccessedDictionaryEntry, with a plain message
UnknownEntryRead = type("UnaccessedDictionaryEntry", (UnaccessedDictionaryEntry, KeyError), {
    "__doc__": "Reading an entry the node does not have (PyNEST: KeyError).", "__module__": __name__,
    "__str__": Exception.__str__})
UnknownKernelSetting = type("UnaccessedDictionaryEntry", (UnaccessedDictionaryEntry, ValueError), {
    "__doc__": "Setting a kernel parameter that does not exist (PyNEST: ValueError).", "__module__": __name__,
    "__str__": Exception.__str__})
BadProperty = _error("BadProperty", "A parameter value the model does not accept.")
# PyNEST raises ValueError for nest.set(network_size=...) and AttributeError for nest.network_size = ...;
# ours is a BadProperty that is both
ReadOnlyKernelEntry = type("BadProperty", (BadProperty, ValueError, AttributeError), {
    "__doc__": "Setting a read-only kernel status entry (PyNEST: ValueError or AttributeError).",
    "__module__": __name__, "__str__": Exception.__str__})
# PyNEST raises BadProperty for unsorted node ids or indices of a NodeCollection and ValueError for a
# repeated index; these were IndexErrors here, and stay that too
UnsortedIndices = type("BadProperty", (BadProperty, IndexError), {
    "__doc__": "Node ids or indices not in ascending order.", "__module__": __name__, "__str__": Exception.__str__})
RepeatedIndices = type("BadProperty", (BadProperty, ValueError, IndexError), {
    "__doc__": "A node index given twice.", "__module__": __name__, "__str__": Exception.__str__})
BadParameter = _error("BadParameter", "A value of the wrong kind or out of range.")
# NEST raises this for Create(model, 0); here it is also a BadParameter
BadParameterValue = type("BadParameterValue", (BadParameter,), {
    "__doc__": "A number out of its range (e.g. Create with n < 1).", "__module__": __name__})
# NEST raises BadProperty for a connection rule it does not know; here it is also a BadProperty
UnknownConnectionRule = type("UnknownConnectionRule", (BadProperty,), {
    "__doc__": "No connection rule of this name is installed.", "__module__": __name__})
# NEST raises this for one_to_one between populations of different sizes; here it is also a BadProperty
DimensionMismatch = type("DimensionMismatch", (BadProperty,), {
    "__doc__": "Populations or arrays whose sizes do not fit the rule.", "__module__": __name__})
BadDelay = _error("BadDelay", "A delay that is not a positive multiple of the resolution.")
# NEST raises BadDelay for min_delay below the resolution or above max_delay and BadProperty for setting one
# without the other; ours is both for every refused min_delay or max_delay
DelayExtremaError = type("BadDelay", (BadDelay, BadProperty), {
    "__doc__": "A min_delay or max_delay the kernel does not accept.", "__module__": __name__})
IllegalConnection = _error("IllegalConnection", "A connection the models or rule do not allow.")
# NEST raises this for a receptor_type the target does not have; here it is also an IllegalConnection
UnknownReceptorType = type("UnknownReceptorType", (IllegalConnection,), {
    "__doc__": "A receptor_type the target model does not have.", "__module__": __name__})
# NEST raises this for a receptor number a model with receptors numbered per neuron (*_multisynapse) lacks;
# here it is also an UnknownReceptorType
IncompatibleReceptorType = type("IncompatibleReceptorType", (UnknownReceptorType,), {
    "__doc__": "A receptor number the target neuron does not have (receptors numbered per neuron).",
    "__module__": __name__})
KernelException = _error("KernelException", "The kernel refused an operation in its current state.")
# NEST raises this when Disconnect names a connection that does not exist; here it is also a KernelException
InexistentConnection = type("InexistentConnection", (KernelException,), {
    "__doc__": "Disconnect named a connection that does not exist.", "__module__": __name__})
# NEST raises this for using a NodeCollection from before ResetKernel; here it is also a KernelException
InvalidNodeCollection = type("InvalidNodeCollection", (KernelException,), {
    "__doc__": "A NodeCollection whose nodes a ResetKernel removed.", "__module__": __name__})
NumericalInstability = _error("NumericalInstability", "A neuron's integration became unstable.")
NewModelNameExists = _error("NewModelNameExists", "CopyModel to a name that exists already.")
UnknownNode = _error("UnknownNode", "A node id that was never created.")
TypeMismatch = _error("TypeMismatch", "A value of another type than the entry takes (e.g. edge_wrap=3).")
UndefinedName = _error("UndefinedName", "A name (e.g. a parameter type) NEST does not know.")
NotImplemented_ = _error("NotImplemented", "A PyNEST feature Syncytium does not have (docs/python.md).")
NotImplemented_.__name__ = "NotImplemented"


class NESTErrors:
    """PyNEST's namespace of error classes: ``nest.NESTErrors.UnknownModelName``."""

    NESTError = NESTError
    UnknownModelName = UnknownModelName
    UnknownSynapseType = UnknownSynapseType
    UnknownConnectionRule = UnknownConnectionRule
    UnaccessedDictionaryEntry = UnaccessedDictionaryEntry
    BadProperty = BadProperty
    BadParameter = BadParameter
    BadParameterValue = BadParameterValue
    DimensionMismatch = DimensionMismatch
    BadDelay = BadDelay
    IllegalConnection = IllegalConnection
    UnknownReceptorType = UnknownReceptorType
    IncompatibleReceptorType = IncompatibleReceptorType
    KernelException = KernelException
    InexistentConnection = InexistentConnection
    InvalidNodeCollection = InvalidNodeCollection
    NumericalInstability = NumericalInstability
    NewModelNameExists = NewModelNameExists
    UnknownNode = UnknownNode
    TypeMismatch = TypeMismatch
    UndefinedName = UndefinedName
    NotImplemented = NotImplemented_


def _unknown_what(message):
    # UnknownNameException's text is: unknown <what> "<name>"[; did you mean ...]
    if message.startswith("unknown ") and '"' in message:
        return message[len("unknown "):message.index('"')].strip()
    return ""


def translate(java_exception):
    """The Python exception for a Java exception thrown by the kernel or a plugin."""
    simple = str(java_exception.getClass().getSimpleName())
    raw = java_exception.getMessage()
    message = str(raw) if raw is not None else simple
    if simple == "UnknownNameException":
        what = _unknown_what(message)
        if what == "kernel setting":
            return UnknownKernelSetting(message)
        if what.startswith(("parameter", "setting", "option")):
            # a parameter name a model lacks ("parameter of static_synapse"): NEST's class for it
            return UnaccessedDictionaryEntry(message)
        if "synapse" in what:
            return UnknownSynapseType(message)
        if "rule" in what:
            return UnknownConnectionRule(message)
        if "model" in what or "device" in what or "recorder" in what:
            return UnknownModelName(message)
        return UnaccessedDictionaryEntry(message)
    if simple == "BadPropertyException":
        if str(java_exception.parameter()) == "delay":
            return BadDelay(message)
        if str(java_exception.parameter()) in ("min_delay", "max_delay"):
            return DelayExtremaError(message)
        if message.startswith("kernel: ") and message.endswith(" is read-only"):
            return ReadOnlyKernelEntry(message)
        return BadProperty(message)
    if simple == "IllegalConnectionException":
        if not message.startswith("receptor type "):
            return IllegalConnection(message)
        # the kernel's words for a neuron whose receptors are numbered per neuron, not named by its model
        numbered = "its receptor types are 1 to " in message or "it has no receptors" in message
        return IncompatibleReceptorType(message) if numbered else UnknownReceptorType(message)
    if simple == "NumericalInstabilityException":
        return NumericalInstability(message)
    if simple == "NotImplementedException":
        return NotImplemented_(message)
    if simple in ("KernelException", "SyncytiumException", "LauncherException"):
        return KernelException(message)
    if simple in ("IndexOutOfBoundsException", "ArrayIndexOutOfBoundsException"):
        return IndexError(message)
    if simple in ("IllegalArgumentException", "ClassCastException", "NullPointerException"):
        return BadParameter(message)
    if simple == "OutOfMemoryError":
        import jpype
        most = jpype.JClass("java.lang.Runtime").getRuntime().maxMemory() / 2.0 ** 30
        return KernelException("out of memory (%s): Java may use at most %.1f GiB; start Python with "
                               "JAVA_OPTS=-Xmx<size> (e.g. -Xmx16g) in the environment to allow more"
                               % (message, most))
    return NESTError("%s: %s" % (simple, message))


def translating(function):
    """Decorator: Java exceptions leave as their PyNEST-named Python exception, without a Java trace."""
    import jpype

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except jpype.JException as e:
            error = translate(e)
        raise error

    return wrapper
