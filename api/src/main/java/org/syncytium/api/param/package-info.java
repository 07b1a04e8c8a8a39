/**
 * Parameter schemas (names, types, units, defaults) and random parameters such as {@code uniform(min, max)}.
 *
 * <p>1.3 (additive): {@link org.syncytium.api.param.RandomParameter#steps()}, NEST's {@code nest.math}
 * functions on a random parameter.
 *
 * <p>1.4 (additive): {@link org.syncytium.api.param.ParameterSpec#timeGrid()} and
 * {@link org.syncytium.api.param.ParameterSpec#onTimeGrid()}, times the kernel keeps on the grid of the resolution.
 *
 * <p>1.5 (additive): the {@code constant} distribution, and steps of a
 * {@link org.syncytium.api.param.RandomParameter} that combine it with other parameters (arithmetic,
 * comparisons, {@code conditional}, {@code pow}): NEST's expressions of several parameters.
 */
@Export
@Version("1.6.0")
package org.syncytium.api.param;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
