package org.syncytium.plugins.spikerecorder;

import java.nio.file.Path;

import org.syncytium.api.record.RecordingContext;

/** The run context a kernel would pass. */
record FakeContext(double resolution, long recorderId, Path dataPath, String dataPrefix, boolean overwriteFiles)
        implements RecordingContext {

    /** With the kernel's default {@code overwrite_files = false}. */
    FakeContext(double resolution, long recorderId, Path dataPath, String dataPrefix) {
        this(resolution, recorderId, dataPath, dataPrefix, false);
    }
}
