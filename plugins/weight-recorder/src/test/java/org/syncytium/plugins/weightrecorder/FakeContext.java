package org.syncytium.plugins.weightrecorder;

import java.nio.file.Path;
import org.syncytium.api.record.RecordingContext;

/** The run context a kernel would pass. */
record FakeContext(double resolution, long recorderId, Path dataPath, String dataPrefix, boolean overwriteFiles)
        implements RecordingContext {
}
