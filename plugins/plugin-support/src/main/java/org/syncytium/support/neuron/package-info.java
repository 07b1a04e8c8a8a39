/**
 * Per-neuron parameter tables for neuron plugins: {@link org.syncytium.support.neuron.ParameterColumns},
 * one array per parameter of a model's schema with the checks every population repeats. Shared by
 * several plugin bundles; not part of the api contract.
 */
@Export
@Version("1.0.0")
package org.syncytium.support.neuron;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
