package org.syncytium.core.node;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.syncytium.api.device.Stimulus;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.record.Recording;
import org.syncytium.api.synapse.SpikeHistory;
import org.syncytium.core.plasticity.SpikeArchive;
import org.syncytium.core.random.RandomSampler;
import org.syncytium.core.random.StreamKeys;
import org.syncytium.core.settings.KernelSettings;
import org.syncytium.core.spatial.NodePositions;
import org.syncytium.core.spatial.Place;

/**
 * Sets parameters of node ranges: scalars, one value per node, or random parameters drawn per node
 * from a stream keyed by (rng_seed, the number of the random parameter evaluation, node id), so the
 * values do not depend on threads or virtual processes. Everything is validated before anything is
 * changed.
 */
@Singleton
public final class NodeParameters {
    private final KernelSettings settings;
    /** Where nodes are: values such as {@code -60 + nest.spatial.pos.x} read it. */
    private final NodePositions positions;
    /** Every neuron's spike history for plastic connections: its {@code tau_minus} is set here. */
    private final SpikeArchive archive;
    /** Counts random-parameter evaluations that were applied; each one names a fresh family of streams. */
    private long randomEvaluations;

    @Inject
    public NodeParameters(KernelSettings settings, NodePositions positions, SpikeArchive archive) {
        this.settings = settings;
        this.positions = positions;
        this.archive = archive;
    }

    /**
     * True if {@code name} is a parameter the kernel keeps for every neuron of {@code block} beside its
     * model's own: the spike history's {@code tau_minus} (NEST's archiving node), unless the model
     * defines a parameter of that name itself.
     */
    public static boolean isKernelNeuronParameter(NodeBlock block, String name) {
        return name.equals(SpikeHistory.TAU_MINUS) && block.kind() == NodeKind.NEURON
                && !block.model().parameters().contains(name);
    }

    /** Puts the kernel-kept parameters of a block's neurons back to their defaults (a scratch block goes). */
    public void forgetKernelValues(NodeBlock block) {
        if (block.kind() == NodeKind.NEURON) {
            for (int i = 0; i < block.size(); i++) {
                archive.setTauMinus(block.neuronOffset() + i, SpikeHistory.DEFAULT_TAU_MINUS);
            }
        }
    }

    /** The kernel-kept parameter {@code name} of neurons {@code [from, to)} of {@code block}. */
    public double[] kernelNeuronValues(NodeBlock block, String name, int from, int to) {
        double[] values = new double[to - from];
        for (int i = from; i < to; i++) {
            values[i - from] = archive.tauMinus(block.neuronOffset() + i);
        }
        return values;
    }

    /** Sets {@code parameters} on nodes {@code [from, to)} of {@code block}: all or nothing. */
    public void set(NodeBlock block, int from, int to, Map<String, ?> parameters) {
        switch (block.kind()) {
            case NEURON -> setNeurons(block, from, to, parameters);
            case STIMULUS -> setDevices(block, from, to, parameters, block.stimuli());
            case RECORDER -> setDevices(block, from, to, parameters, block.recordings());
        }
    }

    private void setNeurons(NodeBlock block, int from, int to, Map<String, ?> parameters) {
        if (isKernelNeuronParameter(block, SpikeHistory.TAU_MINUS) && parameters.containsKey(SpikeHistory.TAU_MINUS)) {
            double[] tau = tauMinus(block, to - from, parameters.get(SpikeHistory.TAU_MINUS));
            Map<String, Object> rest = new LinkedHashMap<>(parameters);
            rest.remove(SpikeHistory.TAU_MINUS);
            setNeurons(block, from, to, rest); // all or nothing: the model's values may still be refused
            for (int i = from; i < to; i++) {
                archive.setTauMinus(block.neuronOffset() + i, tau[i - from]);
            }
            return;
        }
        String owner = block.modelName();
        ParameterSchema schema = block.model().parameters();
        Population population = block.population();
        int n = to - from;
        List<String> numeric = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        for (Map.Entry<String, ?> entry : parameters.entrySet()) {
            ParameterSpec spec = schema.require(owner, entry.getKey());
            if (spec.type() == ParameterType.REAL_LIST) {
                // a neuron's vector (NESTML's x[N]): one list for every node, or one list per node
                if (listOfLists(entry.getValue())) {
                    PerNodeValue.checkLength(owner, entry.getKey(), entry.getValue(), n);
                } else if (entry.getValue() instanceof RandomParameter) {
                    throw new BadPropertyException(owner, entry.getKey(), entry.getValue(), "is a list of numbers,"
                            + " not a random number");
                }
                lists.add(entry.getKey());
                continue;
            }
            PerNodeValue.checkLength(owner, entry.getKey(), entry.getValue(), n);
            if (spec.type() == ParameterType.REAL || spec.type() == ParameterType.INTEGER
                    || spec.type() == ParameterType.BOOLEAN) {
                // a neuron's flag (NEST's consistent_integration, refractory_input) travels as 1.0 / 0.0
                if (spec.type() == ParameterType.BOOLEAN && entry.getValue() instanceof RandomParameter) {
                    throw new BadPropertyException(owner, entry.getKey(), entry.getValue(),
                            "is a boolean (true/false), not a random number");
                }
                numeric.add(entry.getKey());
            } else if (spec.type() == ParameterType.STRING) {
                options.add(entry.getKey());
            } else {
                throw new BadPropertyException(owner, entry.getKey(), entry.getValue(),
                        "cannot be set per neuron");
            }
        }
        String[] names = numeric.toArray(String[]::new);
        double[][] values = new double[n][names.length];
        long evaluation = randomEvaluations;
        for (int j = 0; j < names.length; j++) {
            Object value = parameters.get(names[j]);
            ParameterSpec spec = schema.require(owner, names[j]);
            if (value instanceof RandomParameter random) {
                Place place = positions.place();
                RandomSampler sampler = new RandomSampler(owner, names[j], random, place);
                // keyed by node id: the neurons this process owns draw what they draw on one process
                for (int k = Math.max(0, block.ownedFrom() - from); k < Math.min(n, block.ownedTo() - from); k++) {
                    long id = block.firstId() + from + k;
                    place.atNode(id);
                    values[k][j] = sampler.sample(StreamKeys.key(settings.rngSeed(), StreamKeys.NODE_PARAMETER,
                            evaluation, id, 0));
                }
                evaluation++;
            } else {
                for (int k = 0; k < n; k++) {
                    Object converted = ParameterSchema.convert(owner, spec, PerNodeValue.element(value, k));
                    values[k][j] = converted instanceof Boolean flag ? (flag ? 1.0 : 0.0)
                            : ((Number) converted).doubleValue();
                }
            }
            if (spec.timeGrid()) {
                for (double[] row : values) {
                    settings.checkOnGrid(owner, names[j], row[j]);
                }
            }
        }
        String[] listNames = lists.toArray(String[]::new);
        double[][][] listValues = new double[n][listNames.length][];
        for (int j = 0; j < listNames.length; j++) {
            Object value = parameters.get(listNames[j]);
            ParameterSpec spec = schema.require(owner, listNames[j]);
            boolean perNode = listOfLists(value);
            for (int k = 0; k < n; k++) {
                List<?> numbers = (List<?>) ParameterSchema.convert(owner, spec, perNode ? PerNodeValue.element(value, k) : value);
                double[] row = new double[numbers.size()];
                for (int e = 0; e < row.length; e++) {
                    row[e] = ((Number) numbers.get(e)).doubleValue();
                }
                listValues[k][j] = row;
            }
        }
        List<String> optionValues = new ArrayList<>();
        for (String option : options) {
            Object value = parameters.get(option);
            if (PerNodeValue.isSequence(value)) {
                throw new BadPropertyException(owner, option, value, "is population-wide: give one value");
            }
            optionValues.add((String) schema.convert(owner, option, value));
        }
        // every value was converted above (so every process rejects the same bad input); only the
        // neurons this process owns exist here
        int ownFrom = Math.max(from, block.ownedFrom());
        int ownTo = Math.min(to, block.ownedTo());
        for (int i = ownFrom; i < ownTo; i++) {
            if (listNames.length == 0) {
                population.validate(i - block.ownedFrom(), names, values[i - from]);
            } else {
                population.validate(i - block.ownedFrom(), names, values[i - from], listNames, listValues[i - from]);
            }
        }
        for (int o = 0; o < options.size(); o++) {
            population.setOption(options.get(o), optionValues.get(o));
        }
        for (int i = ownFrom; i < ownTo; i++) {
            if (listNames.length == 0) {
                population.set(i - block.ownedFrom(), names, values[i - from]);
            } else {
                population.set(i - block.ownedFrom(), names, values[i - from], listNames, listValues[i - from]);
            }
        }
        randomEvaluations = evaluation;
    }

    /** {@code tau_minus} for {@code n} neurons: one value or one per neuron, each positive (ms). */
    private static double[] tauMinus(NodeBlock block, int n, Object value) {
        String owner = block.modelName();
        String name = SpikeHistory.TAU_MINUS;
        if (value instanceof RandomParameter) {
            throw new BadPropertyException(owner, name, value, "takes one value or one per neuron, not a random"
                    + " parameter");
        }
        PerNodeValue.checkLength(owner, name, value, n);
        ParameterSpec spec = ParameterSpec.real(name, SpikeHistory.DEFAULT_TAU_MINUS, "ms", "");
        double[] tau = new double[n];
        for (int k = 0; k < n; k++) {
            tau[k] = ((Number) ParameterSchema.convert(owner, spec, PerNodeValue.element(value, k))).doubleValue();
            if (!(tau[k] > 0) || Double.isInfinite(tau[k])) {
                throw new BadPropertyException(owner, name, tau[k], "must be > 0 ms (All time constants must be"
                        + " strictly positive.)");
            }
        }
        return tau;
    }

    /** Devices and recorders validate per value; on failure earlier values are put back. */
    private void setDevices(NodeBlock block, int from, int to, Map<String, ?> parameters, List<?> nodes) {
        String owner = block.modelName();
        ParameterSchema schema = block.model().parameters();
        int n = to - from;
        long evaluation = randomEvaluations;
        List<Object[]> converted = new ArrayList<>();
        for (Map.Entry<String, ?> entry : parameters.entrySet()) {
            ParameterSpec spec = schema.require(owner, entry.getKey());
            // a list (record_from, spike_times) is one value, unless it is a list with one list per node
            boolean list = spec.type() == ParameterType.STRING_LIST || spec.type() == ParameterType.REAL_LIST;
            boolean whole = list && !listOfLists(entry.getValue());
            if (!whole) {
                PerNodeValue.checkLength(owner, entry.getKey(), entry.getValue(), n);
            }
            Object[] perNode = new Object[n];
            Place place = positions.place();
            RandomSampler sampler = entry.getValue() instanceof RandomParameter random
                    ? new RandomSampler(owner, entry.getKey(), random, place) : null;
            for (int k = 0; k < n; k++) {
                place.atNode(block.firstId() + from + k);
                Object raw = sampler != null
                        ? sampler.sample(StreamKeys.key(settings.rngSeed(), StreamKeys.NODE_PARAMETER, evaluation,
                                block.firstId() + from + k, 0))
                        : whole ? entry.getValue() : PerNodeValue.element(entry.getValue(), k);
                perNode[k] = ParameterSchema.convert(owner, spec, raw);
                if (spec.timeGrid() && perNode[k] instanceof Double ms) {
                    settings.checkOnGrid(owner, entry.getKey(), ms);
                }
            }
            if (sampler != null) {
                evaluation++;
            }
            converted.add(perNode);
        }
        List<Runnable> undo = new ArrayList<>();
        try {
            for (int k = 0; k < n; k++) {
                Object node = nodes.get(from + k);
                Map<String, Object> values = new LinkedHashMap<>();
                Map<String, Object> old = new LinkedHashMap<>();
                int j = 0;
                for (String name : parameters.keySet()) {
                    values.put(name, converted.get(j++)[k]);
                    old.put(name, get(node, name));
                }
                if (node instanceof Stimulus stimulus) {
                    // one dictionary at once: a device checks entries that belong together (flags with times)
                    // and changes nothing when it refuses them
                    stimulus.set(values);
                    undo.add(() -> stimulus.set(old));
                    continue;
                }
                for (Map.Entry<String, Object> entry : values.entrySet()) {
                    String name = entry.getKey();
                    Object previous = old.get(name);
                    put(node, name, entry.getValue());
                    undo.add(() -> put(node, name, previous));
                }
            }
        } catch (RuntimeException e) {
            for (int u = undo.size() - 1; u >= 0; u--) {
                undo.get(u).run();
            }
            throw e;
        }
        randomEvaluations = evaluation;
    }

    private static boolean listOfLists(Object value) {
        return value instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(e -> e instanceof List<?> || e instanceof String[] || e instanceof double[]);
    }

    private static Object get(Object node, String name) {
        return node instanceof Stimulus stimulus ? stimulus.get(name) : ((Recording) node).get(name);
    }

    private static void put(Object node, String name, Object value) {
        ((Recording) node).set(name, value); // a stimulus takes its dictionary whole (setDevices)
    }
}
