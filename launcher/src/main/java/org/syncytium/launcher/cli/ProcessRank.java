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

    /**
     * Number of processes the MPI launcher announced ({@code OMPI_COMM_WORLD_SIZE}, {@code PMI_SIZE},
     * or SLURM's {@code SLURM_NTASKS} for a task {@code srun} started); 1 outside a job.
     */
    static int size(Map<String, String> env) {
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
