/**
 * The coupling-solver extension point: how a communication slice is advanced when neurons are coupled without delay (gap junctions).
 */
@Export
@Version("1.2.0")
package org.syncytium.api.coupling;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
