package org.syncytium.core.record;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.record.Recording;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.settings.KernelSettings;

/**
 * The one owner of the recordings' life cycle: opens them at the start of every run, flushes them
 * at its end, closes them with the simulator. Over several processes only process 0 records (the
 * spike exchange brings it every spike, in the order a single process sees them), so the others
 * never open a recording and write nothing.
 */
@Singleton
public final class Recorders {
    private final NodeManager nodes;
    private final KernelSettings settings;
    private final boolean records;
    private final List<Recording> opened = new ArrayList<>();

    @Inject
    public Recorders(NodeManager nodes, KernelSettings settings, Communicator communicator) {
        this.nodes = nodes;
        this.settings = settings;
        this.records = communicator.rank() == 0;
    }

    /** Opens every recording for a run at resolution {@code h} ms (NEST reopens at every Simulate). */
    public void open(double h) {
        if (!records) {
            return;
        }
        for (NodeBlock block : nodes.recorderBlocks()) {
            for (int k = 0; k < block.size(); k++) {
                Recording recording = block.recordings().get(k);
                recording.open(new KernelRecordingContext(h, block.firstId() + k, settings.dataPath(),
                        settings.dataPrefix(), settings.overwriteFiles(), nodes.size()));
                if (!opened.contains(recording)) {
                    opened.add(recording);
                }
            }
        }
    }

    /** Flushes what the run recorded. */
    public void flush() {
        opened.forEach(Recording::flush);
    }

    /** Closes every recording (completing its files); the first failure is thrown, the rest suppressed. */
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (NodeBlock block : nodes.recorderBlocks()) {
            for (Recording recording : block.recordings()) {
                try {
                    recording.close();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
