package org.syncytium.core.schedule;

import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.neuron.Population;
import org.syncytium.core.delivery.DeviceOutput;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.delivery.WorkerSliceIO;
import org.syncytium.core.gap.GapExchange;
import org.syncytium.core.record.Sampling;
import org.syncytium.core.record.SpikeRecorders;
import org.syncytium.core.util.LongList;

/**
 * Everything prepared for a run: timing (h, D, K), the thread partition (worker w owns neurons
 * [from[p][w], to[p][w]) of population p in every phase), the slice arrays and per-worker views,
 * devices, recorders and the gap exchange. Built at a slice boundary before a simulate call and
 * reused, unchanged, for every slice of the call.
 */
final class RunLayout {
    double resolution;
    int sliceSteps;
    int order;
    boolean gapCoupled;
    CouplingSolver solver;
    String solverName;
    int workers;

    long[] neuronIds;
    int[] populationOf;
    int[] localOf;

    Population[] populations;
    int[] offsets;
    PopulationBuffers[] buffers;
    boolean[] gapPopulation;
    int[][] from;
    int[][] to;
    WorkerSliceIO[][] io;
    LongList[] spikeBuffers;

    Stimulus[] stimuli;
    DeviceOutput[] outputs;
    long outputSeed;

    SpikeRecorders spikeRecorders;
    Sampling sampling;
    GapExchange exchange;
}
