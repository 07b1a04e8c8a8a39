"""PyNEST's ``nest.voltage_trace``: the membrane potential a voltmeter or multimeter recorded, one
line per neuron, with matplotlib."""

import numpy

from .kernel import BadProperty


def from_device(detector, nodes=None, title=None, grayscale=False, timeunit="ms"):
    """Plots V_m over time for each recorded neuron (or those in ``nodes``)."""
    import matplotlib.pyplot as plt
    from .nodes import NodeCollection
    if not isinstance(detector, NodeCollection) or len(detector) != 1:
        raise BadProperty("voltage_trace.from_device needs one voltmeter or multimeter")
    if detector.get("record_to") == "screen":
        raise BadProperty("voltage_trace.from_device: the recorder prints its samples (record_to=\"screen\")"
                          " and keeps none to plot; set record_to to \"memory\" before the run")
    events = detector.get("events")
    if "V_m" not in events:
        raise BadProperty("voltage_trace.from_device: node %d does not record V_m" % detector.tolist()[0])
    if len(events["times"]) == 0:
        raise BadProperty("voltage_trace.from_device: the recorder recorded no events")
    scale = {"ms": 1.0, "s": 1e-3}.get(timeunit)
    if scale is None:
        raise BadProperty("voltage_trace.from_device: timeunit must be 'ms' or 's'")
    senders = events["senders"]
    wanted = numpy.unique(senders) if nodes is None else numpy.asarray(
        nodes.tolist() if isinstance(nodes, NodeCollection) else nodes)
    lines = []
    for sender in wanted:
        mine = senders == sender
        line, = plt.plot(events["times"][mine] * scale, events["V_m"][mine],
                         color="black" if grayscale else None, label="Neuron %d" % sender)
        lines.append(line)
    plt.xlabel("Time (%s)" % timeunit)
    plt.ylabel("Membrane potential (mV)")
    plt.title(title or "Membrane potential")
    plt.legend(loc="best")
    plt.draw()
    return lines


def from_file(fname, title=None, grayscale=False):
    """Plots V_m over time from files of rows (sender, time ms, V_m mV): what a voltmeter writes with
    ``record_to="ascii"`` (NEST's layout) or ``numpy.savetxt`` of its events; one line per sender."""
    import matplotlib.pyplot as plt
    from .raster_plot import _recorder_rows
    names = [fname] if isinstance(fname, (str, bytes)) else list(fname)
    rows = numpy.vstack([_recorder_rows(name, 3, "voltage_trace.from_file") for name in names])
    if len(rows) == 0:
        raise BadProperty("voltage_trace.from_file: %s holds no rows" % ", ".join(names))
    lines = []
    for sender in numpy.unique(rows[:, 0]):
        mine = rows[:, 0] == sender
        line, = plt.plot(rows[mine, 1], rows[mine, 2], color="black" if grayscale else None,
                         label="Neuron %d" % sender)
        lines.append(line)
    plt.xlabel("Time (ms)")
    plt.ylabel("Membrane potential (mV)")
    plt.title(title or "Membrane potential")
    plt.legend(loc="best")
    plt.draw()
    return lines


def show():
    """Shows the figures (matplotlib's ``show``)."""
    import matplotlib.pyplot as plt
    plt.show()
