package org.syncytium.core.random;

/**
 * Where a value is being evaluated, for values that depend on positions ({@code distance},
 * {@code position}): the node being set, or the source and target of the connection being made. The
 * caller moves it before each draw; the value reads it.
 */
public interface SpatialPlace {

    /**
     * The distance from the source to the target of the current pair.
     *
     * @param dimension 0 for the Euclidean distance, 1, 2, 3 for the absolute x, y, z component
     * @throws org.syncytium.api.error.KernelException if there is no pair or a node has no position
     */
    double distance(int dimension);

    /**
     * A coordinate of the current node (endpoint 0), source (1) or target (2).
     *
     * @throws org.syncytium.api.error.KernelException if there is no such node or it has no position
     */
    double position(int axis, int endpoint);

    /**
     * A number that changes whenever the place moves: a value that draws nothing is the same until then,
     * so a formula that reads a part twice ({@code (d - m) * (d - m)}) evaluates it once.
     */
    long version();
}
