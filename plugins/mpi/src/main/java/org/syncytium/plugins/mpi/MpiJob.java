package org.syncytium.plugins.mpi;

import java.util.Map;

/**
 * Whether this process was started as one rank of an MPI job, read from what the launchers set:
 * Open MPI's {@code OMPI_COMM_WORLD_SIZE}, PMI/PMIx ({@code PMI_SIZE}, {@code PMIX_RANK} with
 * SLURM's {@code SLURM_NTASKS}).
 */
final class MpiJob {
    private MpiJob() {
    }

    /** Number of ranks the launcher announced; 1 if none did. */
    static int announcedSize(Map<String, String> env) {
        for (String key : new String[] {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "SLURM_NTASKS"}) {
            String value = env.get(key);
            if (value != null && value.matches("\\d+")) {
                if (key.equals("SLURM_NTASKS") && env.get("PMIX_RANK") == null && env.get("PMI_RANK") == null) {
                    continue; // inside an allocation but not started by srun as a task
                }
                return Integer.parseInt(value);
            }
        }
        return 1;
    }
}
