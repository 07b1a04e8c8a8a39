/** Scheduling: the fixed worker pool, the slice loop and the coupling-slice phases a solver drives. */
package org.syncytium.core.schedule;
