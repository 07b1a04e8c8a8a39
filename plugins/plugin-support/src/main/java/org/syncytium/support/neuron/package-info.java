/**
 * What neuron plugins share: per-neuron parameter tables ({@link org.syncytium.support.neuron.ParameterColumns},
 * one array per parameter of a model's schema with the checks every population repeats) and, since
 * 1.1, the exact propagators of current-based membranes ({@link org.syncytium.support.neuron.PscPropagators})
 * and the parameters NEST's current-based leaky integrate-and-fire models share ({@link org.syncytium.support.neuron.LifSpecs}),
 * and the peak normalisations of alpha and beta responses ({@link org.syncytium.support.neuron.PeakNormalization}).
 * Shared by several plugin bundles; not part of the api contract.
 */
@Export
@Version("1.1.0")
package org.syncytium.support.neuron;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
