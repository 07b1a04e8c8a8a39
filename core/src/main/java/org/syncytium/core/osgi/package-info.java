/** The OSGi Declarative Services component that publishes the kernel and tracks plugins. */
package org.syncytium.core.osgi;
