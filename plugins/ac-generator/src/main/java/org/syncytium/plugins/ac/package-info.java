/**
 * {@code ac_generator}: a sinusoidal current, offset + amplitude · sin(ωt + φ), to every target while active.
 */
package org.syncytium.plugins.ac;
