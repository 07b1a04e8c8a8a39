package org.syncytium.core.plasticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.syncytium.api.synapse.PlasticSynapse;
import org.syncytium.core.util.IntList;

/**
 * The per-connection values of plastic synapse models (api {@link PlasticSynapse}): for each model one
 * flat array, a connection's values contiguous at its offset (the layout {@code transmit} reads). A
 * plastic connection is named by its index here, which the spike table keeps beside its weight;
 * {@link #arrange} renumbers them in the table's row order after it compiles, dropping removed ones.
 */
public final class PlasticStore {
    private final List<PlasticSynapse> models = new ArrayList<>();
    private double[][] values = new double[0][];
    private int[] used = new int[0];
    private IntList modelOf = new IntList();
    private IntList offsetOf = new IntList();

    /** Number of plastic connections stored (removed ones included). */
    public int size() {
        return modelOf.size();
    }

    /**
     * Stores one connection's values ({@code state()} then {@code hiddenState()} of {@code model}).
     *
     * @return the connection's plastic index
     */
    public int add(PlasticSynapse model, double[] connectionValues) {
        int m = modelIndex(model);
        int stride = stride(model);
        if (connectionValues.length != stride) {
            throw new IllegalArgumentException(model.name() + " keeps " + stride + " values per connection");
        }
        if (used[m] + stride > values[m].length) {
            values[m] = Arrays.copyOf(values[m], Math.max(16 * stride, 2 * values[m].length));
        }
        System.arraycopy(connectionValues, 0, values[m], used[m], stride);
        modelOf.add(m);
        offsetOf.add(used[m]);
        used[m] += stride;
        return modelOf.size() - 1;
    }

    /**
     * Renumbers the connections in the order {@code indices} lists them (the spike table's compiled
     * column, -1 for static connections) and rewrites it; values no index names (removed
     * connections) are dropped. Afterwards a row's plastic connections have consecutive values.
     */
    public void arrange(int[] indices) {
        double[][] arranged = new double[values.length][];
        int[] filled = new int[values.length];
        for (int m = 0; m < values.length; m++) {
            arranged[m] = new double[Math.max(16, used[m])];
        }
        int count = 0;
        for (int p : indices) {
            count += p >= 0 ? 1 : 0;
        }
        IntList models = new IntList(Math.max(16, count));
        IntList offsets = new IntList(Math.max(16, count));
        for (int k = 0; k < indices.length; k++) {
            int p = indices[k];
            if (p < 0) {
                continue;
            }
            int m = modelOf.get(p);
            int stride = stride(this.models.get(m));
            System.arraycopy(values[m], offsetOf.get(p), arranged[m], filled[m], stride);
            models.add(m);
            offsets.add(filled[m]);
            filled[m] += stride;
            indices[k] = models.size() - 1;
        }
        values = arranged;
        used = filled;
        modelOf = models;
        offsetOf = offsets;
    }

    /** The model's number here, added at its first connection. */
    private int modelIndex(PlasticSynapse model) {
        for (int m = 0; m < models.size(); m++) {
            if (models.get(m).name().equals(model.name())) {
                if (models.get(m) != model) {
                    models.set(m, model); // the bundle was reinstalled: the same model, a new object
                }
                return m;
            }
        }
        models.add(model);
        values = Arrays.copyOf(values, models.size());
        values[models.size() - 1] = new double[0];
        used = Arrays.copyOf(used, models.size());
        return models.size() - 1;
    }

    /** Values per connection of {@code model}: its state, its common parameters and its hidden state. */
    public static int stride(PlasticSynapse model) {
        return model.state().size() + model.commonParameters().size() + model.hiddenState();
    }

    /** The model of plastic connection {@code p}. */
    public PlasticSynapse model(int p) {
        return models.get(modelOf.get(p));
    }

    /** The array holding connection {@code p}'s values (from {@link #offset(int)} on); changes as connections are added. */
    public double[] values(int p) {
        return values[modelOf.get(p)];
    }

    /** Where connection {@code p}'s values start in {@link #values(int)}. */
    public int offset(int p) {
        return offsetOf.get(p);
    }

    /** The value {@code name} of connection {@code p}, NaN if its model has none of that name. */
    public double value(int p, String name) {
        int i = model(p).state().indexOf(name);
        return i < 0 ? Double.NaN : values(p)[offset(p) + i];
    }

    /** The models that have connections here, in the order of their first connection. */
    public List<PlasticSynapse> models() {
        return List.copyOf(models);
    }
}
