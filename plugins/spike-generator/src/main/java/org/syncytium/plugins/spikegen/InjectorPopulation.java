package org.syncytium.plugins.spikegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.syncytium.api.device.DeviceClock;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;
import org.syncytium.support.device.StepSchedule;

/**
 * The nodes of one {@code create} of {@code spike_train_injector}: a spike generator's train per node
 * (the same rules and the same code as {@code spike_generator}'s), whose spikes the update emits as
 * the node's own.
 */
final class InjectorPopulation implements Population {

    private final SpikeTrainInjector model;
    private final SpikeTrain[] trains;
    /**
     * Without the kernel's clock (a population made by a test): the grid and current step the trains
     * place new times on once a run has told the resolution (before that, when the first run is prepared).
     */
    private final RunClock clock = new RunClock();
    /** True once the kernel attached its clock (a population made outside a kernel has only {@link #clock}). */
    private boolean attached;

    /** What the population knows of the kernel's clock: the resolution of the last run and the step it reached. */
    private static final class RunClock implements DeviceClock {
        double resolution = Double.NaN;
        volatile long step;

        @Override
        public double resolution() {
            return resolution;
        }

        @Override
        public double ticsPerMs() {
            return StepSchedule.DEFAULT_TICS_PER_MS;
        }

        @Override
        public long currentStep() {
            return step;
        }
    }
    /** Per thread: the output that turns a train's spikes into the node's (allocated once per thread). */
    private final ThreadLocal<NodeSpikes> outputs = ThreadLocal.withInitial(NodeSpikes::new);

    /**
     * A train's output for one node: every spike of multiplicity m is m spikes of the node, at the end of
     * its step (a precise time's offset is not carried: the kernel's neuron spikes sit on the grid).
     */
    private static final class NodeSpikes implements StimulusOutput {
        SliceIO io;
        int node;

        @Override
        public int targetCount() {
            return 1;
        }

        @Override
        public void spikes(int target, int l, int multiplicity) {
            for (int m = 0; m < multiplicity; m++) {
                io.spike(node, l);
            }
        }

        @Override
        public void spikes(int target, int l, int multiplicity, double weightFactor) {
            spikes(target, l, multiplicity);
        }

        /** A spike train draws no random numbers. */
        @Override
        public org.syncytium.api.random.RandomStream stream(int target) {
            throw new UnsupportedOperationException("a spike train draws no random numbers");
        }

        /** A spike train never sends a current. */
        @Override
        public void current(int target, int l, double amplitude) {
            throw new UnsupportedOperationException("a spike train sends spikes only");
        }
    }

    InjectorPopulation(SpikeTrainInjector model, int size) {
        this.model = model;
        trains = new SpikeTrain[size];
        for (int i = 0; i < size; i++) {
            trains[i] = new SpikeTrain(SpikeTrainInjector.NAME, SpikeTrainInjector.PARAMETERS);
        }
    }

    @Override
    public NeuronModel model() {
        return model;
    }

    @Override
    public int size() {
        return trains.length;
    }

    @Override
    public double get(String name, int i) {
        ParameterSpec spec = SpikeTrainInjector.PARAMETERS.require(model.name(), name);
        Object value = trains[i].get(name);
        if (spec.type() == ParameterType.BOOLEAN) {
            return (Boolean) value ? 1.0 : 0.0; // a neuron's flag travels as 1.0 / 0.0
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new BadPropertyException(model.name(), name, null, "is a list");
    }

    @Override
    public double[] getList(String name, int i) {
        SpikeTrainInjector.PARAMETERS.require(model.name(), name);
        if (!(trains[i].get(name) instanceof List<?> list)) {
            return Population.super.getList(name, i);
        }
        return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    @Override
    public void validate(int i, String[] names, double[] values) {
        validate(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public void set(int i, String[] names, double[] values) {
        set(i, names, values, new String[0], new double[0][]);
    }

    @Override
    public void validate(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        trains[i].copy().set(dictionary(names, values, listNames, lists));
    }

    @Override
    public void set(int i, String[] names, double[] values, String[] listNames, double[][] lists) {
        trains[i].set(dictionary(names, values, listNames, lists)); // checks everything before it changes anything
    }

    /** The values as the spike generator's dictionary. */
    private Map<String, Object> dictionary(String[] names, double[] values, String[] listNames, double[][] lists) {
        Map<String, Object> dictionary = new LinkedHashMap<>();
        for (int n = 0; n < names.length; n++) {
            ParameterSpec spec = SpikeTrainInjector.PARAMETERS.require(model.name(), names[n]);
            if (spec.type() == ParameterType.BOOLEAN) {
                dictionary.put(names[n], values[n] != 0.0);
            } else {
                dictionary.put(names[n], values[n]);
            }
        }
        for (int n = 0; n < listNames.length; n++) {
            SpikeTrainInjector.PARAMETERS.require(model.name(), listNames[n]);
            dictionary.put(listNames[n], java.util.Arrays.stream(lists[n]).boxed().toList());
        }
        return dictionary;
    }

    @Override
    public String option(String name) {
        throw new BadPropertyException(model.name(), name, null, "this model has no options");
    }

    @Override
    public void setOption(String name, String value) {
        throw new BadPropertyException(model.name(), name, value, "this model has no options");
    }

    @Override
    public int recordableIndex(String name) {
        return -1;
    }

    @Override
    public double recordable(int index, int i) {
        throw new IndexOutOfBoundsException("spike_train_injector has no recordables");
    }

    /** The kernel's clock: the trains place their times on its grid as they are set, as NEST's do. */
    @Override
    public void attach(DeviceClock kernelClock) {
        attached = true;
        for (SpikeTrain train : trains) {
            train.attach(kernelClock);
        }
    }

    @Override
    public void prepare(RunContext context) {
        boolean attach = !attached && Double.isNaN(clock.resolution);
        clock.resolution = context.resolution();
        for (SpikeTrain train : trains) {
            train.prepare(context.resolution());
            if (attach) {
                train.attach(clock);
            }
        }
    }

    @Override
    public void update(int from, int to, SliceIO io) {
        NodeSpikes out = outputs.get();
        out.io = io;
        for (int i = from; i < to; i++) {
            out.node = i;
            trains[i].emit(io.originStep(), io.firstStep(), io.endStep(), out);
        }
        out.io = null;
        clock.step = io.originStep() + io.endStep();
    }

    @Override
    public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
        throw new BadPropertyException(model.name(), "gap junctions", "trial pass", "are not supported by this model");
    }
}
