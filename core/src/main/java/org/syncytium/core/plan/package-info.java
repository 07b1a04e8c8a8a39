/**
 * The run plan: everything a run needs that depends on the network, the settings and the
 * processes (timing, ownership of neurons by process and by thread, tables, slice arrays), built
 * by {@link org.syncytium.core.plan.RunPlanner} when one of those changes and read-only afterwards.
 */
package org.syncytium.core.plan;
