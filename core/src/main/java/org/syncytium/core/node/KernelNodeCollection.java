package org.syncytium.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;
import org.syncytium.api.record.Events;

/**
 * Nodes {@code [from, to)} of one block. Each {@link #slice} is a new object, so NEST's identity
 * test ("same collection") distinguishes two equal slices.
 */
public final class KernelNodeCollection implements NodeCollection {
    private final NodeManager owner;
    private final NodeParameters parameters;
    private final NodeBlock block;
    private final int from;
    private final int to;

    public KernelNodeCollection(NodeManager owner, NodeParameters parameters, NodeBlock block, int from, int to) {
        this.owner = owner;
        this.parameters = parameters;
        this.block = block;
        this.from = from;
        this.to = to;
    }

    /** True if this collection was made by the simulator that owns {@code manager}. */
    public boolean belongsTo(NodeManager manager) {
        return owner == manager;
    }

    /** The block the nodes belong to. */
    public NodeBlock block() {
        return block;
    }

    /** Position of the first node in the block. */
    public int from() {
        return from;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public long id(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("element " + i + " of a collection of " + size());
        }
        return block.firstId() + from + i;
    }

    @Override
    public long[] ids() {
        long[] ids = new long[size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = block.firstId() + from + i;
        }
        return ids;
    }

    @Override
    public String model() {
        return block.modelName();
    }

    @Override
    public NodeCollection slice(int sliceFrom, int sliceTo) {
        if (sliceFrom < 0 || sliceTo > size() || sliceFrom > sliceTo) {
            throw new IndexOutOfBoundsException("slice [" + sliceFrom + ", " + sliceTo + ") of a collection of "
                    + size());
        }
        return new KernelNodeCollection(owner, parameters, block, from + sliceFrom, from + sliceTo);
    }

    @Override
    public Object get(String name) {
        owner.checkInstalled();
        switch (block.kind()) {
            case NEURON -> {
                ParameterSpec spec = block.model().parameters().find(name).orElse(null);
                if (spec == null && name.equals(RECORDABLES)) {
                    return single(new ArrayList<>(owner.recordables(block, from, to)));
                }
                if (spec != null && spec.type() == ParameterType.STRING) {
                    return block.population().option(name);
                }
                if (spec != null && spec.type() == ParameterType.REAL_LIST) {
                    return single(new ArrayList<>(owner.lists(block, name, from, to)));
                }
                if (spec != null && spec.type() == ParameterType.INTEGER) {
                    List<Object> numbers = new ArrayList<>();
                    for (double v : getValues(name)) {
                        numbers.add((long) v);
                    }
                    return single(numbers);
                }
                if (spec != null && spec.type() == ParameterType.BOOLEAN) {
                    // a neuron's flag is kept as 1.0 / 0.0 by its population
                    List<Object> flags = new ArrayList<>();
                    for (double v : getValues(name)) {
                        flags.add(v != 0.0);
                    }
                    return single(flags);
                }
                return getValues(name);
            }
            case STIMULUS -> {
                return single(block.stimuli().subList(from, to).stream().map(s -> s.get(name)).toList());
            }
            default -> {
                return single(block.recordings().subList(from, to).stream().map(r -> r.get(name))
                        .toList());
            }
        }
    }

    /** NEST's per-node status entry of the names a node can record (neurons: {@code Population.recordables(int)}). */
    private static final String RECORDABLES = "recordables";

    private static Object single(List<Object> values) {
        return values.size() == 1 ? values.get(0) : new ArrayList<>(values);
    }

    @Override
    public double[] getValues(String name) {
        if (block.kind() != NodeKind.NEURON) {
            throw new KernelException("getValues(\"" + name + "\") reads neuron variables; " + block.idRange()
                    + " are " + block.kind().what() + " \"" + model() + "\" nodes: use get");
        }
        if (NodeParameters.isKernelNeuronParameter(block, name)) {
            return parameters.kernelNeuronValues(block, name, from, to);
        }
        return owner.values(block, name, from, to);
    }

    @Override
    public void set(String name, Object value) {
        set(Map.of(name, value));
    }

    @Override
    public void set(Map<String, ?> values) {
        owner.checkInstalled();
        parameters.set(block, from, to, values);
    }

    @Override
    public Events events() {
        if (block.kind() != NodeKind.RECORDER || size() != 1) {
            throw new KernelException("events are read from a single recorder; " + block.idRange() + " are "
                    + block.kind().what() + " \"" + model() + "\" nodes");
        }
        return block.recordings().get(from).events();
    }

    @Override
    public String toString() {
        return "NodeCollection(" + model() + ", " + (size() == 0 ? "empty" : block.firstId() + from + ".."
                + (block.firstId() + to - 1)) + ")";
    }
}
