/**
 * {@code parrot_neuron}: repeats every spike it receives, one step after its arrival as NEST's.
 */
package org.syncytium.plugins.parrot;
