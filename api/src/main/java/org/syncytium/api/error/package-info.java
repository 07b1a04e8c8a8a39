/**
 * Errors a user can act on: each names the thing that is wrong, where, and what is allowed.
 */
@Export
@Version("1.2.0")
package org.syncytium.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
