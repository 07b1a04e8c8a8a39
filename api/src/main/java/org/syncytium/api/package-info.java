/**
 * The user-facing API, shaped like PyNEST: a {@link org.syncytium.api.Simulator} creates nodes, connects them and simulates; {@link org.syncytium.api.NodeCollection}s get and set parameters; recorders return {@link org.syncytium.api.record.Events}. Units follow NEST: ms, mV, pA, nS, pF, Hz.
 */
@Export
@Version("1.10.0")
package org.syncytium.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
