"""PyNEST's plots of spatial networks (matplotlib): ``PlotLayer``, ``PlotTargets``, ``PlotSources``."""

import numpy

from . import _layers, _masks, _spatial


def _axes(fig, dimensions):
    import matplotlib.pyplot as plt
    if fig is None:
        fig = plt.figure()
    if fig.axes:
        return fig, fig.axes[0]
    return fig, fig.add_subplot(111, projection="3d" if dimensions == 3 else None)


def _scatter(ax, points, **style):
    if len(points) == 0:
        return
    points = numpy.asarray(points, dtype=float).reshape(len(points), -1)
    if points.shape[1] == 3:
        ax.scatter(points[:, 0], points[:, 1], points[:, 2], **style)
    else:
        ax.scatter(points[:, 0], points[:, 1], **style)


def PlotLayer(layer, fig=None, nodecolor="b", nodesize=20):
    """The positions of ``layer``'s nodes as a scatter plot (2-D or 3-D); returns the figure."""
    lay, rows = _layers.require(layer, "PlotLayer")
    fig, ax = _axes(fig, lay.dimensions)
    _scatter(ax, lay.positions[rows], c=nodecolor, s=nodesize, edgecolors="none")
    if lay.dimensions == 2:
        low = lay.lower_left
        high = lay.lower_left + lay.extent
        ax.set_xlim(low[0], high[0])
        ax.set_ylim(low[1], high[1])
        ax.set_aspect("equal", "box")
    return fig


def _draw_mask(ax, mask, center, color, filled=False):
    """The plain 2-D shapes (PyNEST draws these too) at ``center``: outlined, or ``filled`` with ``color``."""
    import matplotlib.patches as patches
    style = {"fc": color, "ec": color, "lw": 1, "alpha": 0.5, "zorder": 0.5} if filled else \
        {"fc": "none", "ec": color, "lw": 2}
    spec = _masks.mask_spec(mask)
    anchor = numpy.asarray(spec.get("anchor", [0.0, 0.0]), dtype=float)
    for shape, p in spec.items():
        if shape == "anchor" or not isinstance(p, dict):
            continue
        at = numpy.asarray(center, dtype=float)[:2] + anchor[:2] + numpy.asarray(p.get("anchor", [0.0, 0.0]))[:2]
        if shape == "circular":
            ax.add_patch(patches.Circle(at, p["radius"], **style))
        elif shape == "doughnut":
            ax.add_patch(patches.Circle(at, p["inner_radius"], **style))
            ax.add_patch(patches.Circle(at, p["outer_radius"], **style))
        elif shape == "rectangular":
            low = numpy.asarray(p["lower_left"], dtype=float) + at
            high = numpy.asarray(p["upper_right"], dtype=float) + at
            ax.add_patch(patches.Rectangle(low, *(high - low), angle=p.get("azimuth_angle", 0.0),
                                           rotation_point="center", **style))
        elif shape == "elliptical":
            ax.add_patch(patches.Ellipse(at, p["major_axis"], p["minor_axis"], angle=p.get("azimuth_angle", 0.0),
                                         **style))


def _plot_partners(node, layer, partners, fig, mask, node_color, node_size, partner_color, partner_size, mask_color,
                   function, probability=None, probability_cmap="Greens"):
    lay, _ = _layers.require(layer, function)
    fig = PlotLayer(layer, fig, nodecolor="0.8", nodesize=partner_size) if fig is None else fig
    _, ax = _axes(fig, lay.dimensions)
    if probability is not None and lay.dimensions == 2:
        low, high = lay.lower_left, lay.lower_left + lay.extent
        PlotProbabilityParameter(node, probability, edges=(low[0], high[0], low[1], high[1]), ax=ax,
                                 prob_cmap=probability_cmap)
    _scatter(ax, partners, c=partner_color, s=partner_size, edgecolors="none", zorder=2)
    position = _spatial.GetPosition(node)
    _scatter(ax, [position], c=node_color, s=node_size, zorder=3)
    if mask is not None and lay.dimensions == 2:
        _draw_mask(ax, mask, position, mask_color)
    return fig


def PlotProbabilityParameter(source, parameter=None, mask=None, edges=(-0.5, 0.5, -0.5, 0.5), shape=(100, 100),
                             ax=None, prob_cmap="Greens", mask_color="yellow"):
    """The connection probability ``parameter`` gives for ``source`` and a target at each point of a grid of
    ``shape`` over ``edges`` ([x_min, x_max, y_min, y_max]), clipped to [0, 1], as an image with a colour bar;
    ``mask`` (2-D shapes) drawn over it around the source."""
    import matplotlib.pyplot as plt
    if parameter is None and mask is None:
        raise ValueError("At least one of parameter or mask must be specified")
    if ax is None:
        _, ax = plt.subplots()
    ax.set_xlim(*edges[:2])
    ax.set_ylim(*edges[2:])
    if parameter is not None:
        xs = numpy.linspace(edges[0], edges[1], shape[0])
        ys = numpy.linspace(edges[2], edges[3], shape[1])
        points = [[x, y] for x in xs for y in ys]  # column by column, as the image's columns
        values = numpy.asarray(parameter.apply(source, points), dtype=float).reshape(shape[0], shape[1])
        image = ax.imshow(numpy.clip(values.T, 0.0, 1.0), extent=list(edges), origin="lower", cmap=prob_cmap,
                          vmin=0.0, vmax=1.0)
        plt.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    if mask is not None:
        _draw_mask(ax, mask, _spatial.GetPosition(source), mask_color, filled=True)
    return ax


def PlotTargets(src_nrn, tgt_layer, syn_type=None, fig=None, mask=None, probability_parameter=None,
                src_color="red", src_size=50, tgt_color="blue", tgt_size=20, mask_color="yellow",
                probability_cmap="Greens"):
    """The targets of one source node in ``tgt_layer`` over the layer, with the source and (2-D) the mask and
    the connection probability ``probability_parameter`` gives over the layer's box."""
    if len(src_nrn) != 1:
        raise ValueError("PlotTargets: src_nrn must be a single node")
    targets = _spatial.GetTargetPositions(src_nrn, tgt_layer, syn_type)[0]
    return _plot_partners(src_nrn, tgt_layer, targets, fig, mask, src_color, src_size, tgt_color, tgt_size,
                          mask_color, "PlotTargets", probability_parameter, probability_cmap)


def PlotSources(src_layer, tgt_nrn, syn_type=None, fig=None, mask=None, probability_parameter=None,
                tgt_color="red", tgt_size=50, src_color="blue", src_size=20, mask_color="yellow",
                probability_cmap="Greens"):
    """The sources of one target node in ``src_layer`` over the layer, with the target and (2-D) the mask and
    the connection probability ``probability_parameter`` gives over the layer's box."""
    if len(tgt_nrn) != 1:
        raise ValueError("PlotSources: tgt_nrn must be a single node")
    sources = _spatial.GetSourcePositions(src_layer, tgt_nrn, syn_type)[0]
    return _plot_partners(tgt_nrn, src_layer, sources, fig, mask, tgt_color, tgt_size, src_color, src_size,
                          mask_color, "PlotSources", probability_parameter, probability_cmap)
