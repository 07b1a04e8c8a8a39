package org.syncytium.plugins.spikerecorder;

import java.nio.file.Path;

import org.syncytium.api.record.RecordingContext;

/** The run context a kernel would pass. */
record FakeContext(double resolution, long recorderId, Path dataPath, String dataPrefix) implements RecordingContext {
}
