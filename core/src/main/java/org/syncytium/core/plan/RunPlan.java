package org.syncytium.core.plan;

import org.syncytium.api.device.Stimulus;
import org.syncytium.core.delivery.DeviceOutput;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.delivery.WorkerSliceIO;
import org.syncytium.core.gap.GapExchange;
import org.syncytium.core.record.SampleExchange;
import org.syncytium.core.record.Sampling;
import org.syncytium.core.record.SpikeRecorders;
import org.syncytium.core.util.LongList;

/**
 * Everything prepared for a run, built by {@link RunPlanner} at a slice boundary and not changed
 * afterwards (the arrays it holds are the run's slots, which the phases fill each slice): timing,
 * ownership of neurons by process and by thread, the neuron index, the slice arrays and per-worker
 * views, devices, recorders and the gap exchange.
 *
 * @param timing            h, D, K and the solver
 * @param partition         which process and thread owns which neurons
 * @param neurons           the kernel-wide neuron index
 * @param buffers           slice arrays per population
 * @param io                per population and worker, the {@code SliceIO} a population sees
 * @param spikeBuffers      spikes of the slice per worker, as (step &lt;&lt; 32 | neuron index)
 * @param stimuli           stimulus devices, kernel-wide device order
 * @param outputs           where each device's emissions go (targets this process owns)
 * @param outputSeed        rng_seed the device streams were keyed with
 * @param spikeRecorders    spike recorders per neuron; empty on processes that do not record
 * @param sampling          multimeter sampling
 * @param sampleExchange    moves samples between processes; null for a single process or no sampling
 * @param exchange          the gap-junction pull
 * @param slots             waveform slots between processes; null for a single process
 * @param globalConnections num_connections over all processes
 */
public record RunPlan(Timing timing, Partition partition, NeuronIndex neurons, PopulationBuffers[] buffers,
        WorkerSliceIO[][] io, LongList[] spikeBuffers, Stimulus[] stimuli, DeviceOutput[] outputs, long outputSeed,
        SpikeRecorders spikeRecorders, Sampling sampling, SampleExchange sampleExchange, GapExchange exchange, WaveformSlots slots,
        long globalConnections) {

    public int sliceSteps() {
        return timing.sliceSteps();
    }

    public int workers() {
        return partition.workers();
    }

    public int populationCount() {
        return neurons.populations().length;
    }
}
