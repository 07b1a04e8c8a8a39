package org.syncytium.core.settings;

import java.util.List;

/** NEST's names of the kernel settings the kernel itself owns (solver settings come from the solvers' schemas). */
public final class KernelKeys {
    public static final String RESOLUTION = "resolution";
    /**
     * Tics per ms, NEST's finest time unit (default 1000): the resolution must be a whole number of
     * tics, and the two change only together. The clock itself counts steps of the resolution.
     */
    public static final String TICS_PER_MS = "tics_per_ms";
    /** Length of a tic in ms (1 / {@code tics_per_ms}). */
    public static final String MS_PER_TIC = "ms_per_tic";
    /** Tics per step of the resolution. */
    public static final String TICS_PER_STEP = "tics_per_step";
    /** The random generator type of the kernel's streams (settable to one of {@link #RNG_TYPES}). */
    public static final String RNG_TYPE = "rng_type";
    /** The random generator types this kernel has. */
    public static final String RNG_TYPES = "rng_types";
    /** The one generator type of the kernel's streams (xoshiro256++, keyed by rng_seed and purpose). */
    public static final String XOSHIRO256_PLUS_PLUS = "xoshiro256++";
    public static final String RNG_SEED = "rng_seed";
    public static final String VIRTUAL_PROCESSES = "total_num_virtual_procs";
    public static final String LOCAL_THREADS = "local_num_threads";
    public static final String PRINT_TIME = "print_time";
    public static final String DATA_PATH = "data_path";
    public static final String DATA_PREFIX = "data_prefix";
    /** Whether recorders may replace files that exist before a run (NEST's default: false, refuse). */
    public static final String OVERWRITE_FILES = "overwrite_files";
    public static final String COUPLING_SOLVER = "coupling_solver";
    /**
     * NEST's choice of how spikes travel between its threads (compressed or per target). Accepted and
     * reported for NEST scripts; spike delivery here has one form, and the results are the same either way.
     */
    public static final String USE_COMPRESSED_SPIKES = "use_compressed_spikes";

    public static final String BIOLOGICAL_TIME = "biological_time";
    public static final String NUM_CONNECTIONS = "num_connections";
    /**
     * Smallest delay in ms: the length of a communication slice. Read from the connections (and a
     * coupling solver's interval), unless set together with {@link #MAX_DELAY} before connecting.
     */
    public static final String MIN_DELAY = "min_delay";
    /** Largest delay in ms; see {@link #MIN_DELAY}. */
    public static final String MAX_DELAY = "max_delay";
    public static final String NETWORK_SIZE = "network_size";
    /** Number of processes (ranks) of the run, from the communicator. */
    public static final String NUM_PROCESSES = "num_processes";
    /** Spikes this process's neurons emitted in the latest simulate call (NEST counts per Run). */
    public static final String LOCAL_SPIKE_COUNTER = "local_spike_counter";
    /** Virtual memory size of this process in kB, -1 where the system does not report it (NEST's name). */
    public static final String MEMORY_SIZE = "memory_size";
    /** This process's rank (PyNEST's {@code Rank()}); 0 in a single process. */
    public static final String MPI_RANK = "mpi_rank";
    /** Suffixes of an iterating solver's statistics after its {@code statisticsPrefix()}. */
    public static final String ITERATIONS_MEAN = "_iterations_mean";
    public static final String ITERATIONS_MAX = "_iterations_max";
    public static final String ITERATIONS_HISTOGRAM = "_iterations_histogram";
    public static final String MAX_ITERATIONS_REACHED = "_max_iterations_reached";
    /** Neuron-passes of this process's trial passes that integrated a neuron. */
    public static final String TRIAL_NEURON_PASSES = "_trial_neuron_passes";
    /** Neuron-passes of this process's trial passes skipped by WFR work skipping. */
    public static final String SKIPPED_NEURON_PASSES = "_skipped_neuron_passes";
    /** Seconds of wall time creating nodes, over the simulator's life (NEST's name). */
    public static final String TIME_CONSTRUCTION_CREATE = "time_construction_create";
    /** Seconds of wall time connecting, over the simulator's life (NEST's name). */
    public static final String TIME_CONSTRUCTION_CONNECT = "time_construction_connect";
    /** Seconds of wall time of the latest simulate call (NEST's name; NEST resets it at every Simulate). */
    public static final String TIME_SIMULATE = "time_simulate";
    /** Seconds spent copying ring-buffer input into slice arrays. */
    public static final String TIME_DELIVER = "time_deliver";
    /** Seconds spent in waveform-relaxation trial passes. */
    public static final String TIME_WFR_TRIAL = "time_wfr_trial";
    /** Seconds spent in gap-junction exchanges. */
    public static final String TIME_GAP_EXCHANGE = "time_gap_exchange";
    /** Seconds spent in the neurons' final passes (NEST's update). */
    public static final String TIME_UPDATE = "time_update";
    /** Seconds spent in devices, spike routing and recording. */
    public static final String TIME_ROUTE = "time_route";
    /** Seconds spent in the communicator (spike and waveform exchanges between processes). */
    public static final String TIME_COMMUNICATE = "time_communicate";
    /**
     * Seconds worker threads waited at the end of trial and final passes for the slowest worker,
     * summed over workers (the cost of an unequal thread split).
     */
    public static final String TIME_THREAD_WAIT = "time_thread_wait";

    /** The settable keys the kernel owns, in listing order. */
    public static final List<String> SETTABLE = List.of(TICS_PER_MS, RESOLUTION, RNG_SEED, RNG_TYPE,
            VIRTUAL_PROCESSES, LOCAL_THREADS, PRINT_TIME, DATA_PATH, DATA_PREFIX, OVERWRITE_FILES, COUPLING_SOLVER,
            USE_COMPRESSED_SPIKES);

    /**
     * Entries reported from the network that users may also set, both in one call and only before
     * connections exist (NEST's user-set delay extrema); not part of the settings' listing.
     */
    public static final List<String> DELAY_EXTREMA = List.of(MIN_DELAY, MAX_DELAY);

    /** Entries users may read but not set (besides the solvers' statistics). */
    public static final List<String> READ_ONLY = List.of(BIOLOGICAL_TIME, NUM_CONNECTIONS,
            MS_PER_TIC, TICS_PER_STEP, RNG_TYPES,
            NETWORK_SIZE, NUM_PROCESSES, MPI_RANK, LOCAL_SPIKE_COUNTER, MEMORY_SIZE, TIME_CONSTRUCTION_CREATE, TIME_CONSTRUCTION_CONNECT, TIME_SIMULATE,
            TIME_DELIVER, TIME_WFR_TRIAL, TIME_GAP_EXCHANGE, TIME_UPDATE, TIME_ROUTE,
            TIME_COMMUNICATE, TIME_THREAD_WAIT);

    /** NEST's default {@code rng_seed}. */
    public static final long DEFAULT_SEED = 143202461L;
    /** NEST's default {@code tics_per_ms}. */
    public static final double DEFAULT_TICS_PER_MS = 1000.0;
    /** NEST's default resolution h in ms. */
    public static final double DEFAULT_RESOLUTION = 0.1;

    private KernelKeys() {
    }
}
