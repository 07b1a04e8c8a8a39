/**
 * Random streams keyed by (rng_seed, purpose, entity ids): results independent of threads and of
 * virtual processes; Commons Math distributions for random parameters.
 */
package org.syncytium.core.random;
