/** {@code noise_generator}: a Gaussian noise current, as NEST's device of that name. */
package org.syncytium.plugins.noise;
