/**
 * The communicator extension point: how the processes of one distributed run exchange spikes,
 * gap-junction waveforms and global reductions. The kernel's built-in {@code local} communicator
 * serves a single process without copying; a plugin (e.g. {@code mpi}) joins several processes.
 */
@Export
@Version("1.0.0")
package org.syncytium.api.comm;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
