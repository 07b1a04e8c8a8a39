/**
 * {@code syncytium bench}: timing statistics, memory probes and reference timings to compare with.
 */
package org.syncytium.launcher.bench;
