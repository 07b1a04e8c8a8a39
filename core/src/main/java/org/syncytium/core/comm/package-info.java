/** The built-in single-process communicator and how the kernel picks the run's communicator. */
package org.syncytium.core.comm;
