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
}
