package org.syncytium.core.spatial;

import org.syncytium.api.error.KernelException;
import org.syncytium.core.random.SpatialPlace;

/**
 * The node or pair a value is being evaluated for. Displacements use the source's layer (its
 * periodic boundaries), as NEST's spatial connect does for the pool of sources.
 */
public final class Place implements SpatialPlace {
    private final NodePositions positions;
    private long node = -1;
    private long source = -1;
    private long target = -1;
    /** A target given as a point instead of a node (PyNEST's {@code Parameter.apply(source, positions)}). */
    private double[] targetPoint;
    private long version;
    /** The last distance asked, for the pair it was asked for: formulas read it twice ((d - m)², x · exp(-x)). */
    private long cachedSource = -1;
    private long cachedTarget = -1;
    private int cachedDimension = -1;
    private double cachedDistance;

    Place(NodePositions positions) {
        this.positions = positions;
    }

    /** Evaluates at one node (setting node parameters). */
    public void atNode(long id) {
        version++;
        node = id;
        source = -1;
        target = -1;
        targetPoint = null;
    }

    /** Evaluates for the connection from {@code sourceId} to {@code targetId}. */
    public void atPair(long sourceId, long targetId) {
        version++;
        node = -1;
        source = sourceId;
        target = targetId;
        targetPoint = null;
    }

    /** Evaluates for a pair of node {@code sourceId} and a target at {@code point} (in the source's layer). */
    public void atPoint(long sourceId, double[] point) {
        version++;
        node = -1;
        source = sourceId;
        target = -1;
        targetPoint = point;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public double distance(int dimension) {
        if (source == cachedSource && target == cachedTarget && dimension == cachedDimension && targetPoint == null
                && target >= 0) {
            return cachedDistance;
        }
        double d = measure(dimension);
        cachedSource = source;
        cachedTarget = target;
        cachedDimension = dimension;
        cachedDistance = d;
        return d;
    }

    private double measure(int dimension) {
        if (source < 0) {
            throw new KernelException("nest.spatial.distance can only be used when connecting (it needs a source and"
                    + " a target)");
        }
        Layer from = positions.require(source, "nest.spatial.distance");
        int dims = from.dimensions();
        int targetDims = targetPoint != null ? targetPoint.length
                : positions.require(target, "nest.spatial.distance").dimensions();
        if (targetDims != dims) {
            throw new KernelException("nest.spatial.distance: node " + source + " has " + dims + " coordinates, its "
                    + "partner " + targetDims);
        }
        if (dimension > dims) {
            throw new KernelException("Spatial distance dimension must be within the defined number of dimensions"
                    + " for the nodes (dimension " + dimension + ", nodes with " + dims + ")");
        }
        if (dimension > 0) {
            int axis = dimension - 1;
            return Math.abs(from.displacement(from.coordinate(source, axis), targetCoordinate(axis), axis));
        }
        double sum = 0;
        for (int axis = 0; axis < dims; axis++) {
            double d = from.displacement(from.coordinate(source, axis), targetCoordinate(axis), axis);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private double targetCoordinate(int axis) {
        return targetPoint != null ? targetPoint[axis] : positions.require(target, "nest.spatial.distance")
                .coordinate(target, axis);
    }

    @Override
    public double position(int axis, int endpoint) {
        long id = endpoint == 0 ? node : endpoint == 1 ? source : target;
        if (endpoint == 2 && targetPoint != null) {
            if (axis >= targetPoint.length) {
                throw new KernelException("Position dimension must be within the defined number of dimensions (axis "
                        + axis + ", a point with " + targetPoint.length + " coordinates)");
            }
            return targetPoint[axis];
        }
        if (id < 0) {
            throw new KernelException(endpoint == 0
                    ? "nest.spatial.pos can only be used when setting node parameters; when connecting, use"
                    + " nest.spatial.source_pos or nest.spatial.target_pos"
                    : "nest.spatial.source_pos and target_pos can only be used when connecting");
        }
        Layer layer = positions.require(id, "nest.spatial position");
        if (axis >= layer.dimensions()) {
            throw new KernelException("Position dimension must be within the defined number of dimensions for the"
                    + " nodes (axis " + axis + ", node " + id + " has " + layer.dimensions() + " coordinates)");
        }
        return layer.coordinate(id, axis);
    }
}
