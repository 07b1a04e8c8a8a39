/**
 * {@code weight_recorder}: NEST's recorder of the weights spikes carry through the connections of the
 * synapse models that name it.
 */
package org.syncytium.plugins.weightrecorder;
