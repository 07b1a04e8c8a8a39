package org.syncytium.launcher.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.syncytium.api.NodeCollection;
import org.syncytium.launcher.formats.OutputFormats;

/**
 * The {@code formats:} key of a {@code spikes} record entry: the standard files written beside its
 * CSV, {@code [sonata, gdf]} by default, a subset of them, or {@code []} for the CSV only
 * ({@code csv} may be listed; it is always written).
 */
final class SpikeFormatsEntry {

    private SpikeFormatsEntry() {
    }

    /**
     * The default formats of a spike recorder created as a network step, which observes nodes from
     * {@code firstObserved} on: the population is the named collection holding that node (the
     * first one created, not a recorder or device); null if there is none.
     *
     * @param at where to report a format whose library is missing
     */
    static Recorded.SpikeFormats defaults(Map<String, NodeCollection> named, long firstObserved, YamlNode at) {
        for (Map.Entry<String, NodeCollection> entry : named.entrySet()) {
            NodeCollection nodes = entry.getValue();
            if (nodes.size() > 0 && nodes.id(0) <= firstObserved && firstObserved <= nodes.id(nodes.size() - 1)) {
                for (String name : Recorded.SpikeFormats.KNOWN) {
                    String missing = OutputFormats.missing(name);
                    if (missing != null) {
                        throw at.error(missing);
                    }
                }
                return new Recorded.SpikeFormats(Recorded.SpikeFormats.KNOWN, entry.getKey(), nodes.id(0));
            }
        }
        return null;
    }

    /**
     * The formats of the spikes entry {@code body}, checked.
     *
     * @param named   the node collections named so far (the population is the name in {@code from})
     * @param toFiles true when the run writes files: a chosen format whose library is missing then
     *                stops the run here, before it simulates
     */
    static Recorded.SpikeFormats read(YamlNode body, Parameters parameters, Map<String, NodeCollection> named,
            boolean toFiles) {
        YamlNode node = body.get("formats");
        List<String> names = new ArrayList<>();
        if (node == null) {
            names.addAll(Recorded.SpikeFormats.KNOWN);
        } else {
            Object value = parameters.deep(node);
            List<?> items = value instanceof List<?> list ? list : value instanceof String one ? List.of(one) : null;
            if (items == null) {
                throw node.error("formats must be a list of output formats (" + String.join(", ", Recorded.SpikeFormats.KNOWN)
                        + "), found " + node.describe());
            }
            for (Object item : items) {
                String name = String.valueOf(item).trim();
                if (name.equals("csv")) {
                    continue;
                }
                if (!Recorded.SpikeFormats.KNOWN.contains(name)) {
                    throw node.error("unknown output format \"" + name + "\"; known: csv, "
                            + String.join(", ", Recorded.SpikeFormats.KNOWN));
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        for (String name : names) {
            String missing = toFiles ? OutputFormats.missing(name) : null;
            if (missing != null) {
                throw (node != null ? node : body).error(missing);
            }
        }
        String from = String.valueOf(parameters.substitute(body.get("from"))).trim();
        String population = from.replaceFirst("\\[.*$", "");
        return new Recorded.SpikeFormats(List.copyOf(names), population, named.get(population).id(0));
    }
}
