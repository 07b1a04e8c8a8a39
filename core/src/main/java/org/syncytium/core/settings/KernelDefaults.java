package org.syncytium.core.settings;

import java.util.Map;

/** NEST's defaults of the settings the kernel owns (the solver's come from its schema). */
final class KernelDefaults {
    static final Map<String, Object> VALUES = Map.of(
            KernelKeys.RESOLUTION, KernelKeys.DEFAULT_RESOLUTION,
            KernelKeys.TICS_PER_MS, KernelKeys.DEFAULT_TICS_PER_MS,
            KernelKeys.RNG_TYPE, KernelKeys.XOSHIRO256_PLUS_PLUS,
            KernelKeys.RNG_SEED, KernelKeys.DEFAULT_SEED,
            KernelKeys.LOCAL_THREADS, 1L,
            KernelKeys.PRINT_TIME, Boolean.FALSE,
            KernelKeys.DATA_PATH, "",
            KernelKeys.DATA_PREFIX, "",
            KernelKeys.OVERWRITE_FILES, Boolean.FALSE,
            KernelKeys.USE_COMPRESSED_SPIKES, Boolean.TRUE);

    private KernelDefaults() {
    }
}
