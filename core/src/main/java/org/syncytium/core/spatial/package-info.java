/**
 * Positions of nodes in space (NEST's layers), the displacements and distances spatial parameters
 * read, and the masks a spatial {@code connect} applies.
 */
package org.syncytium.core.spatial;
