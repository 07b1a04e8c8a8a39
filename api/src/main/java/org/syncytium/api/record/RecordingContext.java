package org.syncytium.api.record;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** What the kernel tells a recording when a run starts. */
@ProviderType
public interface RecordingContext {

    /** Simulation step h in ms; event times are stamps × h. */
    double resolution();

    /** Node id of the recorder. */
    long recorderId();

    /**
     * Folder for file output ({@code record_to: "ascii"}), from the kernel's {@code data_path};
     * never null (the working folder by default).
     */
    Path dataPath();

    /** File name prefix from the kernel's {@code data_prefix} (may be empty). */
    String dataPrefix();

    /**
     * The kernel's {@code overwrite_files}: whether a recording may replace a file that existed
     * before it was opened. If false (NEST's default) it refuses such a file with an error naming it.
     *
     * @since api.record 1.2
     */
    default boolean overwriteFiles() {
        return false;
    }

    /**
     * Since 1.3: the number of nodes in the kernel when the run starts (NEST pads the node id in ASCII
     * file names to its digits). The default answers {@link #recorderId()}.
     */
    default long nodeCount() {
        return recorderId();
    }
}
