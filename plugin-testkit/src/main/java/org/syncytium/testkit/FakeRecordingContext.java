package org.syncytium.testkit;

import java.nio.file.Path;

import org.syncytium.api.record.RecordingContext;

/**
 * What the kernel tells a recording when a run starts.
 *
 * @param resolution step h in ms
 * @param recorderId node id of the recorder
 * @param dataPath   folder for files (a test's temporary folder)
 * @param dataPrefix file name prefix
 */
public record FakeRecordingContext(double resolution, long recorderId, Path dataPath, String dataPrefix)
        implements RecordingContext {
}
