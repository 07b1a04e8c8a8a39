package org.syncytium.launcher.felix;

import org.syncytium.api.Catalog;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.ExtensionPoint;

/**
 * Waits until Declarative Services has bound the plugins to the kernel. The factory appears as soon
 * as the kernel's component is active; plugin services may still be arriving then, so we wait until
 * the number of installed extensions is the same in consecutive polls (at most about 2 s).
 */
final class CatalogSettling {

    private static final long POLL_MS = 25;
    private static final int STABLE_POLLS = 3;
    private static final int MAX_POLLS = 80;

    private CatalogSettling() {
    }

    static void await(SimulatorFactory factory) {
        int previous = -1;
        int stable = 0;
        for (int poll = 0; poll < MAX_POLLS && stable < STABLE_POLLS; poll++) {
            int count = count(factory.catalog());
            stable = count == previous ? stable + 1 : 0;
            previous = count;
            if (stable < STABLE_POLLS) {
                sleep();
            }
        }
    }

    private static int count(Catalog catalog) {
        int total = 0;
        for (ExtensionPoint point : ExtensionPoint.ALL) {
            total += catalog.installed(point.type()).size();
        }
        return total;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
