package org.syncytium.launcher.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.syncytium.api.Catalog;
import org.syncytium.api.plugin.ExtensionProvider;
import org.syncytium.launcher.ExtensionPoint;

/**
 * Reports what a bundle operation changed in the kernel's catalog: "installed X: + neuron model
 * my_model", "- coupling solver wfr". Waits briefly for Declarative Services to (un)bind.
 */
final class ExtensionChanges {

    private final Supplier<Catalog> catalog;

    ExtensionChanges(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    /** Runs {@code action}, then prints {@code done} and the extensions that came or went. */
    void around(Runnable action, String done) {
        Set<String> before = snapshot();
        action.run();
        Set<String> after = snapshot();
        for (int wait = 0; wait < 20 && after.equals(before); wait++) {
            sleep();
            after = snapshot();
        }
        for (int settle = 0; settle < 4; settle++) { // services of one bundle may bind one by one
            sleep();
            Set<String> again = snapshot();
            if (again.equals(after)) {
                break;
            }
            after = again;
        }
        List<String> lines = new ArrayList<>();
        for (String entry : after) {
            if (!before.contains(entry)) {
                lines.add("  + " + entry);
            }
        }
        for (String entry : before) {
            if (!after.contains(entry)) {
                lines.add("  - " + entry);
            }
        }
        System.out.println(done);
        lines.forEach(System.out::println);
    }

    private Set<String> snapshot() {
        Set<String> entries = new LinkedHashSet<>();
        Catalog c = catalog.get();
        if (c == null) {
            return entries;
        }
        for (ExtensionPoint point : ExtensionPoint.ALL) {
            for (ExtensionProvider p : c.providers(point.type())) {
                String title = point.title().toLowerCase();
                entries.add(title.substring(0, title.length() - 1) + " " + p.name() + (p.active() ? "" : " (shadowed)")
                        + " from " + p.origin().split(" ")[0]);
            }
        }
        return entries;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
