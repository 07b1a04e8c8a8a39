"""Values across the border: Python and numpy values to the Java types the api takes (boxed
numbers, strings, ``double[]`` per node or connection, ``java.util.List`` of strings, maps, random
parameters), and Java results back to Python (numbers, strings, tuples, numpy arrays, dicts).
A value with no Java counterpart is a TypeError naming the parameter, before anything is sent.
"""

import numbers

import jpype
import numpy

from . import random as _random
from . import _state

_Long = jpype.JClass("java.lang.Long")
_Double = jpype.JClass("java.lang.Double")
_Boolean = jpype.JClass("java.lang.Boolean")
_String = jpype.JClass("java.lang.String")
_ArrayList = jpype.JClass("java.util.ArrayList")
_LinkedHashMap = jpype.JClass("java.util.LinkedHashMap")
_Map = jpype.JClass("java.util.Map")
_List = jpype.JClass("java.util.List")
_DoubleArray = jpype.JArray(jpype.JDouble)
_LongArray = jpype.JArray(jpype.JLong)
_Events = jpype.JClass("org.syncytium.api.record.Events")
_Number = jpype.JClass("java.lang.Number")
_Float = jpype.JClass("java.lang.Float")


def _kind(value):
    return "%s.%s" % (type(value).__module__, type(value).__name__) if type(value).__module__ != "builtins" \
        else type(value).__name__


def to_java(value, name="value"):
    """The Java value for a parameter ``name`` (used in the error message)."""
    if isinstance(value, (bool, numpy.bool_)):
        return _Boolean(bool(value))
    if isinstance(value, numbers.Integral):
        return _Long(int(value))
    if isinstance(value, numbers.Real):
        return _Double(float(value))
    if isinstance(value, str):
        return _String(value)
    if isinstance(value, _random.Parameter):
        return value.to_java()
    from .nodes import NodeCollection  # here: nodes imports this module
    if isinstance(value, NodeCollection):  # a list of nodes as a parameter (weight_recorder's senders): the ids
        return _DoubleArray(numpy.asarray(value.tolist(), dtype=numpy.float64))
    if isinstance(value, dict):
        return to_java_map(value)
    if isinstance(value, (list, tuple, numpy.ndarray, range)):
        try:
            array = numpy.asarray(value) if not isinstance(value, numpy.ndarray) else value
        except ValueError:  # ragged: a list of lists of different lengths, converted item by item below
            array = numpy.empty(0, dtype=object)
        if array.dtype.kind in "biuf" and array.ndim <= 1:
            if array.dtype.kind == "b":
                items = _ArrayList()
                for item in array.reshape(-1):
                    items.add(_Boolean(bool(item)))
                return items
            return _DoubleArray(numpy.ascontiguousarray(array, dtype=numpy.float64).reshape(-1))
        if all(isinstance(item, str) for item in value):
            items = _ArrayList()
            for item in value:
                items.add(_String(item))
            return items
        items = _ArrayList()
        for item in value:
            items.add(to_java(item, name))
        return items
    if isinstance(value, jpype.JObject):
        return value
    raise TypeError("%s: cannot pass a value of type %s to Syncytium (expected a number, bool, string, list or numpy array "
                    "of them, or a nest.random parameter)" % (name, _kind(value)))


def to_java_map(mapping):
    if not isinstance(mapping, dict):
        raise TypeError("expected a dict of parameters, found a %s" % _kind(mapping))
    result = _LinkedHashMap()
    for key, value in mapping.items():
        if not isinstance(key, str):
            raise TypeError("parameter names must be strings, found %r" % (key,))
        result.put(key, to_java(value, key))
    return result


def ids_to_java(ids):
    return _LongArray(numpy.ascontiguousarray(ids, dtype=numpy.int64))


def to_python(value):
    """A Java value as the Python value PyNEST would give."""
    if value is None:
        return None
    # boxed Java values subclass Python's int/float: turn them into plain Python values first
    if isinstance(value, _Boolean):
        return bool(value)
    if isinstance(value, jpype.JString):
        return str(value)
    if isinstance(value, _Number):
        return float(value.doubleValue()) if isinstance(value, (_Double, _Float)) else int(value.longValue())
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, jpype.JArray):
        return numpy.array(value)
    if isinstance(value, _Events):
        return events_to_python(value)
    if isinstance(value, _Map):
        return {str(k): to_python(value.get(k)) for k in value.keySet()}
    if isinstance(value, _List):
        return [to_python(item) for item in value]
    return str(value.toString())


def nest_ms(ms):
    """Times (ms) on the tic grid as NEST writes them: tics × (1 / tics_per_ms), NEST's Time::get_ms, so
    59.3 ms reads 59.300000000000004 as in NEST and int(t / resolution) gives the step NEST's does (the
    nearest double to the decimal, which the kernel keeps, can fall just below it)."""
    tics = float(_state.kernel().simulator.getKernelStatus("tics_per_ms"))
    ms = numpy.asarray(ms, dtype=numpy.float64)
    count = numpy.rint(ms * tics)
    # precise spike times (a step's end less an offset) lie between tics: NEST does not round those
    return numpy.where(numpy.abs(ms * tics - count) < 1e-6, count * (1.0 / tics), ms)


def events_to_python(events):
    """NEST's ``events`` dictionary: numpy arrays ``senders`` (int), ``times`` (ms; with the recorder's
    ``time_in_steps`` int steps beside ``offsets``) and one per variable; all float while empty, as NEST's."""
    steps = "offsets" in [str(v) for v in events.variables()]
    senders = numpy.array(events.senders(), dtype=numpy.int64)
    # no events yet: NEST's arrays are then empty float arrays, senders and step times included
    empty = len(senders) == 0
    times = numpy.array(events.times(), dtype=numpy.int64 if steps and not empty else numpy.float64)
    if not steps and not empty:
        times = nest_ms(times)
    result = {"senders": senders.astype(numpy.float64) if empty else senders, "times": times}
    for variable in events.variables():
        # a weight recorder's node ids and receptors are whole numbers, int arrays as NEST's
        whole = str(variable) in ("targets", "receptors") and not empty
        result[str(variable)] = numpy.array(events.values(variable), dtype=numpy.int64 if whole else numpy.float64)
    # in NEST's key order (its dictionaries are sorted by name), so printed events look the same
    return dict(sorted(result.items()))
