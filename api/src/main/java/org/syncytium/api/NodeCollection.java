package org.syncytium.api;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.syncytium.api.record.Events;

/**
 * Nodes made by one {@link Simulator#create} call (or a slice of them), like PyNEST's
 * NodeCollection. Node ids start at 1 and are consecutive in creation order.
 */
@ProviderType
public interface NodeCollection {

    /** Number of nodes. */
    int size();

    /** Node id of element {@code i}. */
    long id(int i);

    /** All node ids in order. */
    long[] ids();

    /** The model name, e.g. {@code "hh_psc_alpha_gap"}. */
    String model();

    /** Elements {@code [from, to)} as a new collection (not the same object for NEST's identity tests). */
    NodeCollection slice(int from, int to);

    /**
     * A parameter or state variable of every node: {@code double[]} for neuron variables (unit as the
     * model lists), the single value for a device or recorder (e.g. {@code n_events}, {@code rate}).
     */
    Object get(String name);

    /** A real-valued variable of every neuron; the unit is the one the model lists. */
    double[] getValues(String name);

    /**
     * Sets a parameter on every node: a scalar ({@link Number}, {@link String}, {@link Boolean}), an
     * array or list with one value per node, or a {@link org.syncytium.api.param.RandomParameter}
     * drawn per node. Validated for all nodes first: nothing changes if any value is bad.
     */
    void set(String name, Object value);

    /** Sets several parameters at once, all validated before any is applied. */
    void set(Map<String, ?> parameters);

    /** For a recorder: its events so far. */
    Events events();
}
