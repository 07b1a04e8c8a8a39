"""PyNEST's ``nest.raster_plot``: a raster of a spike recorder's events, optionally above a
histogram of the population rate. Plots with matplotlib into the current figure."""

import numpy

from .kernel import BadProperty


def _events(detector):
    from .nodes import NodeCollection
    if not isinstance(detector, NodeCollection) or len(detector) != 1:
        raise BadProperty("raster_plot.from_device needs one spike_recorder (a NodeCollection of one node)")
    if detector.get("model") != "spike_recorder" and "spike" not in str(detector.get("model")):
        raise BadProperty("raster_plot.from_device: node %d is a %s, not a spike_recorder"
                          % (detector.tolist()[0], detector.get("model")))
    if detector.get("record_to") == "screen":
        raise BadProperty("raster_plot.from_device: the spike_recorder prints its events (record_to=\"screen\")"
                          " and keeps none to plot; set record_to to \"memory\" or \"ascii\" before the run")
    events = detector.get("events")
    if detector.get("record_to") == "ascii":
        events = _events_in_file(detector)
    if len(events["times"]) == 0:
        raise BadProperty("raster_plot.from_device: the spike_recorder recorded no events")
    return events


def _events_in_file(detector):
    """The events a spike_recorder with ``record_to="ascii"`` wrote, from the file its ``filenames``
    names (as NEST's from_device reads its files); the recorder owns the name."""
    import os
    files = detector.get("filenames")
    if not files:
        raise BadProperty("raster_plot.from_device: the spike_recorder has written no file yet (it opens one"
                          " during Simulate)")
    if not os.path.exists(files[0]):
        raise BadProperty("raster_plot.from_device: the spike_recorder's file %s does not exist" % files[0])
    if detector.get("file_extension") == "csv":
        rows = numpy.loadtxt(files[0], delimiter=",", skiprows=1, ndmin=2)
        return {"senders": rows[:, 0].astype(numpy.int64), "times": rows[:, 1]}
    # NEST's layout: two comment lines and a header; times in ms, or step and offset
    rows = numpy.loadtxt(files[0], skiprows=3, ndmin=2)
    times = rows[:, 1]
    if detector.get("time_in_steps"):
        times = rows[:, 1] * float(_resolution()) - rows[:, 2]
    return {"senders": rows[:, 0].astype(numpy.int64), "times": times}


def _resolution():
    from . import _state
    return _state.kernel().simulator.getKernelStatus().get("resolution")


def from_device(detector, hist=False, hist_binwidth=5.0, grayscale=False, title=None, xlabel=None):
    """Raster plot of a spike recorder; with ``hist`` a rate histogram (bins of ``hist_binwidth`` ms) below."""
    events = _events(detector)
    return from_data(numpy.column_stack([events["senders"], events["times"]]), hist=hist,
                     hist_binwidth=hist_binwidth, grayscale=grayscale, title=title, xlabel=xlabel)


def from_file(fname, **kwargs):
    """Raster plot of the spikes in one or several files a spike recorder wrote (``record_to="ascii"``:
    NEST's layout of comment lines, a header and rows of sender and time in ms, or CSV); the keyword
    arguments are ``from_data``'s."""
    return from_data(read_files(fname), **kwargs)


def from_file_numpy(fname, **kwargs):
    """As ``from_file`` (PyNEST's numpy reader; the files are read the same way)."""
    return from_file(fname, **kwargs)


def from_file_pandas(fname, **kwargs):
    """As ``from_file`` (PyNEST's pandas reader; the files are read the same way)."""
    return from_file(fname, **kwargs)


def read_files(fname):
    """The rows (sender, time ms) of one file or a list of files, in file order."""
    names = [fname] if isinstance(fname, (str, bytes)) or not hasattr(fname, "__iter__") else list(fname)
    if not names:
        raise BadProperty("raster_plot.from_file: no file named")
    return numpy.vstack([_recorder_rows(name, 2, "raster_plot.from_file") for name in names])


def _recorder_rows(name, columns, caller):
    """The numeric rows of a recorder file: lines that are comments (#) or headers (words) are skipped,
    the first ``columns`` columns kept."""
    import os
    if not os.path.isfile(name):
        raise BadProperty("%s: no such file: %s" % (caller, name))
    rows = []
    with open(name) as handle:
        for number, line in enumerate(handle, 1):
            fields = line.replace(",", " ").split()
            if not fields or line.lstrip().startswith("#"):
                continue
            try:
                values = [float(x) for x in fields]
            except ValueError:
                if rows:
                    raise BadProperty("%s: %s line %d is not a row of numbers: %r" % (caller, name, number, line.strip()))
                continue  # a header before the first row
            if len(values) < columns:
                raise BadProperty("%s: %s line %d has %d columns, needs %d" % (caller, name, number, len(values), columns))
            rows.append(values[:columns])
    return numpy.array(rows, dtype=float).reshape(-1, columns)


def extract_events(data, time=None, sel=None):
    """The rows (sender, time ms, ...) of ``data`` with a time in [time[0], time[1]) and, with ``sel``, a
    sender in ``sel`` (a list of node ids or a NodeCollection), as PyNEST's."""
    data = numpy.asarray(data)
    keep = numpy.ones(len(data), dtype=bool)
    if time is not None:
        start, stop = time
        keep &= (data[:, 1] >= start) & (data[:, 1] < stop)
    if sel is not None:
        ids = sel.tolist() if hasattr(sel, "tolist") else list(sel)
        keep &= numpy.isin(data[:, 0], ids)
    return data[keep]


def from_data(data, sel=None, hist=False, hist_binwidth=5.0, grayscale=False, title=None, xlabel=None, **kwargs):
    """Raster plot of rows (sender, time ms); with ``sel`` only those senders."""
    import matplotlib.pyplot as plt
    data = numpy.asarray(data)
    if sel is not None:
        data = extract_events(data, sel=sel)
    if len(data) == 0:
        raise BadProperty("raster_plot.from_data: no spikes to plot")
    senders, times = data[:, 0], data[:, 1]
    color = "black" if grayscale else "tab:blue"
    xlabel = xlabel or "Time (ms)"
    if hist:
        figure = plt.gcf()
        raster = figure.add_axes([0.1, 0.3, 0.85, 0.6])
        raster.plot(times, senders, ".", color=color, markersize=3)
        raster.set_ylabel("Neuron ID")
        raster.set_xticklabels([])
        rates = figure.add_axes([0.1, 0.1, 0.85, 0.17])
        edges = numpy.arange(numpy.floor(times.min()), numpy.ceil(times.max()) + hist_binwidth, hist_binwidth)
        counts, edges = numpy.histogram(times, bins=edges)
        n_neurons = max(1, len(numpy.unique(senders)))
        rates.bar(edges[:-1], counts * 1000.0 / hist_binwidth / n_neurons, width=hist_binwidth, align="edge",
                  color="gray" if grayscale else "tab:blue")
        rates.set_ylabel("Rate (Hz)")
        rates.set_xlabel(xlabel)
        raster.set_xlim(rates.get_xlim())
        axes = [raster, rates]
    else:
        raster = plt.gca()
        raster.plot(times, senders, ".", color=color, markersize=3)
        raster.set_ylabel("Neuron ID")
        raster.set_xlabel(xlabel)
        axes = [raster]
    axes[0].set_title(title or "Raster plot")
    plt.draw()
    return axes


def show():
    """Shows the figures (matplotlib's ``show``)."""
    import matplotlib.pyplot as plt
    plt.show()
