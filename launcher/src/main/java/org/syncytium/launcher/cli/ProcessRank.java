package org.syncytium.launcher.cli;

import java.util.Map;

/**
 * This process's rank in an MPI job, as the MPI launcher announced it ({@code mpirun}:
 * {@code OMPI_COMM_WORLD_RANK}; PMI/PMIx launchers such as SLURM's {@code srun}: {@code PMI_RANK},
 * {@code PMIX_RANK}); 0 outside one. Read before the framework starts, so that the processes other
 * than rank 0 never create output folders: rank 0 receives every spike and writes the outputs a
 * single process writes.
 */
final class ProcessRank {
    private ProcessRank() {
    }

    static int of(Map<String, String> env) {
        for (String key : new String[] {"OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK"}) {
            String value = env.get(key);
            if (value != null && value.matches("\\d+")) {
                return Integer.parseInt(value);
            }
        }
        return 0;
    }
}
