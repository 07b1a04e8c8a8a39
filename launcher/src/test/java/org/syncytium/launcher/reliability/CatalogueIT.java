package org.syncytium.launcher.reliability;

import java.util.List;

/** Faults tried on the real command line in a child process (interrupts, locks, real bundles). */
class CatalogueIT {

    /** The ids of the faults this class tries, for the catalogue's count. */
    static final List<String> IDS = List.of();
}
