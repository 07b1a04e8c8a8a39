/**
 * {@code step_current_generator}: a piecewise constant current that changes at given times.
 */
package org.syncytium.plugins.stepcurrent;
