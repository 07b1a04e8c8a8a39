/**
 * The {@code wfr} coupling solver: Jacobi waveform relaxation over each communication interval,
 * as NEST's {@code use_wfr=True}.
 */
package org.syncytium.plugins.wfr;
