package org.syncytium.launcher.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongFunction;

import org.syncytium.api.NodeCollection;
import org.syncytium.api.record.Events;

/**
 * Recorders a scenario creates the NEST way, as {@code network} steps ({@code create:
 * spike_recorder}, then {@code connect: {pre: neurons, post: spike_recorder}}). They record exactly
 * like the recorders of {@code record:} entries, which are only a shorthand for that create and
 * connect: same files, same summary, same raster. This class remembers which nodes each recorder
 * observes, learnt from the connect steps (spike recorders observe their sources, multimeters and
 * other state recorders their targets), so that rates and statistics know the population.
 */
final class NetworkRecorders {

    /** The recorder models the launcher knows how to report, by the {@code record:} kind they stand for. */
    private static final Map<String, String> KINDS = Map.of(
            "spike_recorder", "spikes",
            "multimeter", "multimeter",
            "weight_recorder", "weights",
            "synchrony_monitor", "synchrony");

    private final Map<Long, Entry> byId = new LinkedHashMap<>();

    /**
     * The kind of output a recorder model stands for ({@code spikes}, {@code multimeter},
     * {@code weights}, {@code synchrony}; all but {@code weights} also {@code record:} entries), or null.
     */
    static String kindOf(String model) {
        return KINDS.get(model);
    }

    /** The CSV file a recorder created {@code as} a name writes, or null for a kind without a file. */
    static String fileOf(String kind, String as) {
        return kind.equals("synchrony") ? null : as + ".csv";
    }

    /** Remembers recorder nodes made by a {@code create} step named {@code as}. */
    void created(String kind, String as, NodeCollection recorders, boolean onDisk) {
        for (int i = 0; i < recorders.size(); i++) {
            String name = recorders.size() == 1 ? as : as + "_" + i;
            byId.put(recorders.id(i), new Entry(kind, name, recorders.size() == 1 ? fileOf(kind, as) : null,
                    recorders.slice(i, i + 1), onDisk));
        }
    }

    /** True if {@code file} is written by one of these recorders. */
    boolean writes(String file) {
        return byId.values().stream().anyMatch(e -> file.equals(e.file));
    }

    /** Notes connections {@code sources[k] -> targets[k]} (or all pairs if {@code allPairs}) that involve a recorder. */
    void connected(long[] sources, long[] targets, boolean allPairs) {
        if (byId.isEmpty()) {
            return;
        }
        for (long target : targets) {
            Entry entry = byId.get(target);
            if (entry != null && entry.kind.equals("spikes")) {
                addAll(entry, sources, allPairs, targets, target);
            }
        }
        for (long source : sources) {
            Entry entry = byId.get(source);
            if (entry != null && !entry.kind.equals("spikes")) {
                addAll(entry, targets, allPairs, sources, source);
            }
        }
    }

    private static void addAll(Entry entry, long[] observed, boolean allPairs, long[] recorderSide, long recorderId) {
        for (int k = 0; k < observed.length; k++) {
            if (allPairs || recorderSide[k] == recorderId) {
                entry.observed.add(observed[k]);
            }
        }
    }

    /** What every recorder holds after the run, in creation order. */
    List<Recorded> collect() {
        return collect(id -> null);
    }

    /**
     * What every recorder holds after the run, in creation order.
     *
     * @param spikeFormats the standard spike files of a spike recorder, given the lowest node id it
     *                     observes (null: the CSV only)
     */
    List<Recorded> collect(LongFunction<Recorded.SpikeFormats> spikeFormats) {
        List<Recorded> recorded = new ArrayList<>();
        for (Entry entry : byId.values()) {
            Recorded one = entry.collect();
            if (one.kind().equals("spikes") && one.file() != null && !entry.observed.isEmpty()) {
                Recorded.SpikeFormats formats = spikeFormats.apply(entry.observed.first());
                if (formats != null) {
                    one = new Recorded(one.kind(), one.name(), one.file(), one.events(), one.observed(),
                            one.firstObservedId(), one.value(), one.onDisk(), formats, one.status());
                }
            }
            recorded.add(one);
        }
        return recorded;
    }

    private static final class Entry {
        final String kind;
        final String name;
        final String file;
        final NodeCollection recorder;
        final boolean onDisk;
        final TreeSet<Long> observed = new TreeSet<>();

        Entry(String kind, String name, String file, NodeCollection recorder, boolean onDisk) {
            this.kind = kind;
            this.name = name;
            this.file = file;
            this.recorder = recorder;
            this.onDisk = onDisk;
        }

        Recorded collect() {
            int n = observed.size();
            // per-neuron statistics index neurons from the first id: only for a contiguous range
            long first = n > 0 && observed.last() - observed.first() + 1 == n ? observed.first() : 0;
            if (kind.equals("synchrony")) {
                Object chi = recorder.get("synchrony_chi");
                double value = chi instanceof Number v ? v.doubleValue()
                        : chi instanceof double[] a && a.length > 0 ? a[0] : Double.NaN;
                return new Recorded(kind, name, null, new Events(new long[0], new double[0]), n, first, value, false);
            }
            Events events = onDisk ? new Events(new long[0], new double[0]) : recorder.events();
            return new Recorded(kind, name, file, events, n, first, Double.NaN, onDisk);
        }
    }
}
