package org.syncytium.plugins.spikegen;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.device.DeviceWindow;

/**
 * {@code spike_train_injector} (NEST 3.10): a node that emits spikes at {@code spike_times} as a
 * neuron emits its own, so that its spikes travel like a neuron's, are recorded as its own and may
 * drive plastic synapses (a {@code spike_generator} is a device: it sends each target its own copy and
 * connects through static synapses only). Its times follow the spike generator's rules (sorted, on
 * the grid unless {@code allow_offgrid_times}, never 0 unless {@code shift_now_spikes}, emitted only
 * if start &lt; t ≤ stop relative to {@code origin}); {@code spike_multiplicities} repeat a spike.
 * With {@code precise_times} the times are kept (and read back) as given, but the spikes go out at the
 * end of their step without the offset, as the kernel's neuron spikes sit on the grid: a grid neuron
 * sees them as NEST's do, a spike recorder of the injector records the end of the step.
 */
@Component(service = NeuronModel.class)
public final class SpikeTrainInjector implements NeuronModel {

    /** The model's NEST name. */
    public static final String NAME = "spike_train_injector";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.realList(SpikeGenerator.SPIKE_TIMES, List.of(), "ms", "spike times, sorted, relative to origin"),
            ParameterSpec.realList(SpikeGenerator.SPIKE_MULTIPLICITIES, List.of(), "", "spikes per time (empty: 1)"),
            ParameterSpec.bool(SpikeGenerator.ALLOW_OFFGRID_TIMES, false, "move times off the grid up to the next step"),
            ParameterSpec.bool(SpikeGenerator.PRECISE_TIMES, false, "keep off-grid times (emitted at the end of their step)"),
            ParameterSpec.bool(SpikeGenerator.SHIFT_NOW_SPIKES, false, "move a spike at time 0 to the first step"),
            DeviceWindow.START, DeviceWindow.STOP, DeviceWindow.ORIGIN);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "emits spikes at given times as a neuron emits its own";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    /** Nothing to record: NEST's has no recordables either. */
    @Override
    public List<String> recordables() {
        return List.of();
    }

    @Override
    public boolean supportsGapJunctions() {
        return false;
    }

    @Override
    public Population createPopulation(int size) {
        return new InjectorPopulation(this, size);
    }
}
