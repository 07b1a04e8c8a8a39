/** Spike and current delivery: ring buffers per receptor, per-slice input arrays, device output. */
package org.syncytium.core.delivery;
