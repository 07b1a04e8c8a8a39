package org.syncytium.core.random;

/**
 * Derives the 64-bit key of a random stream from {@code rng_seed}, a purpose and entity ids (node
 * ids, connect-call numbers, positions). Because a stream is named by what it is for and not by the
 * thread or virtual process that uses it, every result is independent of the number of threads AND
 * of {@code total_num_virtual_procs} (NEST promises this only for a fixed number of VPs).
 */
public final class StreamKeys {
    /** 2^64 / golden ratio, the SplitMix64 increment. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Per-node parameter draws ({@code set} with a random parameter). */
    public static final long NODE_PARAMETER = 0x6e6f6465L;
    /** Per-target draws of a connection rule. */
    public static final long CONNECT_TARGET = 0x74677473L;
    /** Per-source draws of a connection rule. */
    public static final long CONNECT_SOURCE = 0x73726373L;
    /** Per-pair draws of a rule's number that varies per pair (a connection probability). */
    public static final long CONNECT_PAIR = 0x70616972L;
    /** Per-node draws of a rule's number that varies per node (a degree). */
    public static final long CONNECT_NODE = 0x6e6f6472L;
    /** Per-connection draws of a random weight. */
    public static final long SYNAPSE_WEIGHT = 0x77676874L;
    /** Per-connection draws of a random delay. */
    public static final long SYNAPSE_DELAY = 0x646c6179L;
    /** Per-connection draws of a random receptor type. */
    public static final long SYNAPSE_RECEPTOR = 0x72637074L;
    /** Per-connection draws of a plastic synapse model's value (the value's position in the high bits). */
    public static final long SYNAPSE_VALUE = 0x7376616cL;
    /** Draws of random transmission at a target neuron (bernoulli_synapse, quantal_stp_synapse), by neuron. */
    public static final long SYNAPSE_TRANSMIT = 0x7472616eL;
    /** Per-neuron draws inside a model's update (NESTML's random_normal, random_uniform). */
    public static final long NEURON_DYNAMICS = 0x64796e61L;
    /** Per-connection stream of a stimulus device (e.g. Poisson counts). */
    public static final long DEVICE_TARGET = 0x64657673L;
    /** Values that belong to no node or connection (PyNEST's {@code Parameter.GetValue()}), by count. */
    public static final long LOOSE_VALUE = 0x6c6f6f73L;

    private StreamKeys() {
    }

    /** The key for {@code seed}, {@code purpose} and the ids, in order. */
    public static long key(long seed, long purpose, long a, long b, long c) {
        long h = mix(seed * GOLDEN + purpose);
        h = mix(h ^ mix(a + GOLDEN));
        h = mix(h ^ mix(b + 2 * GOLDEN));
        return mix(h ^ mix(c + 3 * GOLDEN));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as in SplitMix64: a bijection that mixes all bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
