package org.syncytium.api.random;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A stream of random numbers handed out by the kernel for one purpose and one entity (a node, a
 * target of a connection call, a device's connection), derived from {@code rng_seed}; the same seed
 * gives the same numbers whatever the number of threads. Not thread-safe: each stream is used by one
 * thread at a time.
 */
@ProviderType
public interface RandomStream {

    /** Uniform on [0, 1), 53 random bits. */
    double nextDouble();

    /** 64 uniformly random bits. */
    long nextLong();

    /** Uniform integer in [0, bound), without modulo bias; {@code bound > 0}. */
    int nextInt(int bound);
}
