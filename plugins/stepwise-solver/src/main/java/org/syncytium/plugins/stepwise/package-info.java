/**
 * The {@code stepwise} coupling solver: partners exchange voltages after every step, as NEST's
 * {@code use_wfr=False}.
 */
package org.syncytium.plugins.stepwise;
