/**
 * Ordinary differential equations for neuron plugins: {@link org.syncytium.support.ode.GslRkf45}, NEST's
 * adaptive Runge-Kutta-Fehlberg 4(5) with GSL's standard step control, over any {@link org.syncytium.support.ode.OdeSystem}.
 * Shared by several plugin bundles; not part of the api contract.
 */
@Export
@Version("1.0.0")
package org.syncytium.support.ode;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
