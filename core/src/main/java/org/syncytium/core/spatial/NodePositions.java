package org.syncytium.core.spatial;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;

/** The layers of one simulator: which nodes have positions and where. */
@Singleton
public final class NodePositions {
    private static final String OWNER = "positions";
    private final List<Layer> layers = new ArrayList<>();
    /** The layer found last: a connect asks for the same few layers for every pair. */
    private Layer last;

    /**
     * Places nodes {@code firstId .. firstId + size − 1}.
     *
     * @throws BadPropertyException for a wrong number of dimensions or coordinates, a non-finite
     *                              coordinate, an extent that is not positive, or nodes placed already
     */
    public void place(long firstId, int size, double[] coordinates, int dimensions, double[] lowerLeft,
            double[] extent, boolean edgeWrap) {
        if (dimensions != 2 && dimensions != 3) {
            throw new BadPropertyException(OWNER, "dimensions", dimensions, "must be 2 or 3 (positions have 2 or 3 coordinates)");
        }
        if (coordinates.length != (long) size * dimensions) {
            throw new BadPropertyException(OWNER, "positions", coordinates.length + " coordinates",
                    "must hold " + dimensions + " per node for " + size + " nodes");
        }
        if (lowerLeft.length != dimensions || extent.length != dimensions) {
            throw new BadPropertyException(OWNER, "extent", extent.length + " numbers",
                    "must have as many entries as the positions have coordinates (" + dimensions + ")");
        }
        for (int k = 0; k < coordinates.length; k++) {
            if (!Double.isFinite(coordinates[k])) {
                throw new BadPropertyException(OWNER, "positions", coordinates[k], "must be finite (node "
                        + (firstId + k / dimensions) + ")");
            }
        }
        for (int i = 0; i < dimensions; i++) {
            // 0 where every node shares a coordinate (NEST's default extent there); that axis does not wrap
            if (!(extent[i] >= 0) || !Double.isFinite(extent[i]) || !Double.isFinite(lowerLeft[i])) {
                throw new BadPropertyException(OWNER, "extent", extent[i], "must be finite and >= 0 in every "
                        + "dimension");
            }
        }
        for (Layer layer : layers) {
            if (layer.holds(firstId) || layer.holds(firstId + size - 1) || firstId <= layer.firstId()
                    && layer.firstId() < firstId + size) {
                throw new BadPropertyException(OWNER, "nodes", firstId, "have positions already");
            }
        }
        layers.add(new Layer(firstId, size, dimensions, coordinates, lowerLeft, extent, edgeWrap));
    }

    /** The layer of node {@code id}, or null if it has no position. */
    public Layer layerOf(long id) {
        Layer cached = last;
        if (cached != null && cached.holds(id)) {
            return cached;
        }
        for (Layer layer : layers) {
            if (layer.holds(id)) {
                last = layer;
                return layer;
            }
        }
        return null;
    }

    /** The layer of node {@code id}. @throws KernelException naming the node if it has no position */
    public Layer require(long id, String what) {
        Layer layer = layerOf(id);
        if (layer == null) {
            throw new KernelException(what + " needs nodes with positions (Create with positions=...); node " + id
                    + " has none");
        }
        return layer;
    }

    /** A place to evaluate spatial values at, moved by the caller. */
    public Place place() {
        return new Place(this);
    }
}
