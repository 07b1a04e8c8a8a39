/** Installed extensions by point and name; the kernel's only way to reach plugins. */
package org.syncytium.core.registry;
