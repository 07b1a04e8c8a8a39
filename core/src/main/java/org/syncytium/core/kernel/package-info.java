/** The simulator front and its Guice wiring: one injector per simulator. */
package org.syncytium.core.kernel;
