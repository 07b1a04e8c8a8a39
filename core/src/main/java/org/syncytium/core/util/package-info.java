/** Small growable primitive arrays: the kernel stores connections and events without one object per entry. */
package org.syncytium.core.util;
