/** Kernel settings with NEST's names, their defaults and the rules for changing them. */
package org.syncytium.core.settings;
