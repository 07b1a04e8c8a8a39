/**
 * {@code dc_generator}: a constant current to every target while active.
 */
package org.syncytium.plugins.dc;
