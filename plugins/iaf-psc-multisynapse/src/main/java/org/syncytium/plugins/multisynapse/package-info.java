/**
 * NEST's {@code iaf_psc_exp_multisynapse} and {@code iaf_psc_alpha_multisynapse}: leaky
 * integrate-and-fire neurons with one synaptic current per receptor, each with its own time
 * constant (the list {@code tau_syn}, whose length is the neuron's number of receptors), integrated
 * exactly on the time grid.
 */
package org.syncytium.plugins.multisynapse;
