/** Nodes: ids, blocks per create call, parameter setting with scalars, arrays and random values. */
package org.syncytium.core.node;
