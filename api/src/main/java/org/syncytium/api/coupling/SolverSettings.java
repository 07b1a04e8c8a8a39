package org.syncytium.api.coupling;

import org.osgi.annotation.versioning.ProviderType;

/** The kernel settings a coupling solver reads, by NEST name (e.g. {@code wfr_tol}). */
@ProviderType
public interface SolverSettings {

    /** Simulation step h in ms. */
    double resolution();

    /**
     * The current value of a setting from the solver's schema, converted to the schema's type
     * ({@link Double}, {@link Long}, {@link Boolean}, {@link String}).
     */
    Object get(String name);

    /** True once nodes exist (NEST forbids some settings then). */
    boolean nodesExist();

    /** True once connections exist (NEST forbids some settings then). */
    boolean connectionsExist();
}
