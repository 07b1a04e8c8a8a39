package org.syncytium.core.record;

import java.nio.file.Path;
import org.syncytium.api.record.RecordingContext;

/**
 * What a recording is told when a run starts.
 *
 * @param resolution h in ms
 * @param recorderId node id of the recorder
 * @param dataPath   folder for files ({@code data_path}, the working folder by default)
 * @param dataPrefix {@code data_prefix}
 * @param overwriteFiles {@code overwrite_files}
 * @param nodeCount  nodes in the kernel when the run starts
 */
public record KernelRecordingContext(double resolution, long recorderId, Path dataPath, String dataPrefix,
        boolean overwriteFiles, long nodeCount)
        implements RecordingContext {
}
