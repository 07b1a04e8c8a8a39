package org.syncytium.core.connect;

import java.util.Map;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.synapse.PlasticSynapse;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.core.random.SpatialPlace;
import org.syncytium.core.random.StreamKeys;
import org.syncytium.core.settings.DelayBounds;

/**
 * The {@code syn_spec} of one connect call, checked against the synapse model: every key must be
 * in its schema and pass {@link SynapseModel#validate}; weight and delay become value sources.
 * Delays are checked against the resolution and rounded to steps as NEST does (round(d / h)), and
 * against min_delay and max_delay where the user set them before connecting.
 */
final class SynapseValues {
    static final String MODEL_KEY = "synapse_model";
    static final String WEIGHT = "weight";
    static final String DELAY = "delay";
    /** NEST's receptor type, a property of every connection rather than of a synapse model. */
    static final String RECEPTOR = "receptor_type";
    /**
     * NEST's {@code weight_recorder}, a property every synapse model has: the node id of the recorder
     * that records the weights the model's spikes carry (set in the model's defaults).
     */
    static final String WEIGHT_RECORDER = "weight_recorder";

    private final SynapseModel model;
    private final ValueSource weight;
    private final ValueSource delay;
    private final double resolution;
    /** The delay extrema set before connecting; null while the connections decide them. */
    private final DelayBounds bounds;
    private final boolean userWeight;
    private final boolean userDelay;
    /** The receptor types: one for the call, one per connection (an array), or drawn per connection. */
    private final ValueSource receptor;
    /** A plastic model's per-connection values (its state, then its common parameters); null for other models. */
    private ValueSource[] state;
    /** One connection's values, filled per connection (its hidden values stay 0). */
    private double[] scratch;
    /** The node id named by {@code weight_recorder}, or -1. */
    private long weightRecorderId = -1;
    /** Its kernel-wide recorder index once the connection manager resolved it, or -1. */
    private int weightRecorder = -1;

    private SynapseValues(SynapseModel model, ValueSource weight, ValueSource delay, double resolution,
            DelayBounds bounds, boolean userWeight, boolean userDelay, ValueSource receptor) {
        this.model = model;
        this.weight = weight;
        this.delay = delay;
        this.resolution = resolution;
        this.bounds = bounds;
        this.userWeight = userWeight;
        this.userDelay = userDelay;
        this.receptor = receptor;
    }

    /**
     * @param bounds the delay extrema set before connecting, null if none
     * @param place  where spatial weights and delays ({@code nest.spatial.distance}) are read: the caller
     *               moves it to each connection's pair before asking its values
     */
    static SynapseValues parse(SynapseModel model, Map<String, ?> synSpec, double resolution, DelayBounds bounds,
            SpatialPlace place) {
        String owner = model.name();
        Object weightValue = null;
        Object delayValue = null;
        ValueSource receptor = ValueSource.of(owner, RECEPTOR, 0.0, 0, null);
        long weightRecorderId = -1;
        for (Map.Entry<String, ?> entry : synSpec.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals(MODEL_KEY)) {
                continue;
            }
            if (key.equals(RECEPTOR) && !model.parameters().contains(RECEPTOR)) {
                receptor = receptors(owner, value);
                continue;
            }
            if (key.equals(WEIGHT_RECORDER) && !model.parameters().contains(WEIGHT_RECORDER)) {
                weightRecorderId = nodeId(owner, value);
                continue;
            }
            if (key.equals(DELAY) && !model.hasDelay()) {
                model.validate(key, value);
                throw new BadPropertyException(owner, key, value,
                        "is not allowed: " + owner + " connection has no delay");
            }
            ParameterSpec spec = model.parameters().require(owner, key);
            if (!key.equals(WEIGHT) && !key.equals(DELAY) && model instanceof PlasticSynapse plastic
                    && (plastic.state().contains(key) || plastic.commonParameters().contains(key))) {
                continue; // a plastic connection's own value: read below, per connection
            }
            if (!key.equals(WEIGHT) && !key.equals(DELAY)) {
                // other parameters are checked but not stored: the kernel keeps weight and delay only
                model.validate(key, ParameterSchema.convert(owner, spec, value));
                continue;
            }
            ValueSource source = ValueSource.of(owner, key, value, 0, place);
            if (source.isScalar()) {
                model.validate(key, ParameterSchemaBridge.convert(owner, spec, source.scalar()));
            } else if (source.isArray()) {
                for (double element : source.array()) {
                    model.validate(key, ParameterSchemaBridge.convert(owner, spec, element));
                }
            }
            if (key.equals(WEIGHT)) {
                weightValue = value;
            } else if (key.equals(DELAY)) {
                delayValue = value;
            }
        }
        ValueSource weight = ValueSource.of(owner, WEIGHT,
                weightValue != null ? weightValue : defaultOf(model, WEIGHT, 1.0), StreamKeys.SYNAPSE_WEIGHT,
                place);
        ValueSource delay = null;
        if (model.hasDelay()) {
            delay = ValueSource.of(owner, DELAY, delayValue != null ? delayValue : defaultOf(model, DELAY, 1.0),
                    StreamKeys.SYNAPSE_DELAY, place);
            if (delay.isScalar()) {
                steps(owner, delay.scalar(), resolution, bounds);
            } else if (delay.isArray()) {
                for (double d : delay.array()) {
                    steps(owner, d, resolution, bounds);
                }
            }
        }
        SynapseValues values = new SynapseValues(model, weight, delay, resolution, bounds, weightValue != null,
                delayValue != null, receptor);
        values.weightRecorderId = weightRecorderId;
        if (model instanceof PlasticSynapse plastic) {
            values.readState(plastic, synSpec, place);
        }
        return values;
    }

    /**
     * A plastic model's values from {@code syn_spec} or the model's defaults; scalars are checked
     * together with a scalar weight here, everything else per connection ({@link #plasticValues}).
     */
    private void readState(PlasticSynapse plastic, Map<String, ?> synSpec, SpatialPlace place) {
        String owner = plastic.name();
        java.util.List<String> names = new java.util.ArrayList<>(plastic.state());
        names.addAll(plastic.commonParameters());
        state = new ValueSource[names.size()];
        scratch = new double[org.syncytium.core.plasticity.PlasticStore.stride(plastic)];
        for (int i = 0; i < state.length; i++) {
            String name = names.get(i);
            ParameterSpec spec = plastic.parameters().require(owner, name);
            Object value = synSpec.containsKey(name) ? synSpec.get(name) : spec.defaultValue();
            ValueSource source = ValueSource.of(owner, name, value, StreamKeys.SYNAPSE_VALUE ^ ((long) (i + 1) << 40),
                    place);
            for (double element : source.isArray() ? source.array()
                    : source.isScalar() ? new double[] {source.scalar()} : new double[0]) {
                plastic.validate(name, ParameterSchemaBridge.convert(owner, spec, element));
            }
            state[i] = source;
        }
        if (allScalar() && !receptor.isRandom() && java.util.Arrays.stream(state).allMatch(ValueSource::isScalar)) {
            plasticValues(0, 0, 0, weight.scalar());
        }
    }

    /** A node id: a whole number of at least 1 (NEST's NodeCollection of one node, passed as its id). */
    private static long nodeId(String owner, Object value) {
        if (value instanceof Number number && !(value instanceof Double d && d != Math.rint(d))
                && number.doubleValue() >= 1 && number.doubleValue() < Long.MAX_VALUE) {
            return number.longValue();
        }
        throw new BadPropertyException(owner, WEIGHT_RECORDER, value, "must be the node id of a recorder of weights");
    }

    /** The node id {@code syn_spec} names as {@code weight_recorder}, or -1. */
    long weightRecorderId() {
        return weightRecorderId;
    }

    /** The kernel-wide index of the weight recorder the call's connections report to, or -1. */
    int weightRecorder() {
        return weightRecorder;
    }

    /** Sets {@link #weightRecorder()} to the recorder index the connection manager found for the node id. */
    void resolveWeightRecorder(int index) {
        weightRecorder = index;
    }

    /** True if the model keeps per-connection values (a {@link PlasticSynapse}). */
    boolean plastic() {
        return state != null;
    }

    /**
     * The values of plastic connection {@code k} of the call, checked with its weight by the model;
     * an array reused by the next call (the store copies it).
     */
    double[] plasticValues(int k, long seed, long call, double w) {
        PlasticSynapse plastic = (PlasticSynapse) model;
        for (int i = 0; i < state.length; i++) {
            scratch[i] = state[i].value(k, seed, call);
            if (state[i].isRandom()) {
                plastic.validate(i < plastic.state().size() ? plastic.state().get(i)
                        : plastic.commonParameters().get(i - plastic.state().size()), scratch[i]);
            }
        }
        plastic.check(w, scratch, 0);
        return scratch;
    }

    /**
     * Receptor types: one whole number from 0 to 255, an array of them with one per connection, or a
     * random parameter drawn per connection (PyNEST's {@code nest.random.uniform_int(R) + 1}), each
     * draw checked as it is made ({@link #receptor}).
     */
    private static ValueSource receptors(String owner, Object value) {
        if (value instanceof Boolean || value instanceof String) {
            throw new BadPropertyException(owner, RECEPTOR, value, "must be a whole number from 0 to 255, or one per"
                    + " connection");
        }
        ValueSource source = ValueSource.of(owner, RECEPTOR, value, StreamKeys.SYNAPSE_RECEPTOR, null);
        if (source.isRandom()) {
            return source;
        }
        for (double r : source.isArray() ? source.array() : new double[] {source.scalar()}) {
            checkReceptor(owner, source.isArray() ? r : value, r, source.isArray() ? " (an element of the array)" : "");
        }
        return source;
    }

    private static void checkReceptor(String owner, Object shown, double r, String where) {
        if (r != Math.rint(r) || r < 0 || r > 255) {
            throw new BadPropertyException(owner, RECEPTOR, shown, "must be a whole number from 0 to 255" + where);
        }
    }

    /** True if every connection of the call delivers to the same receptor type. */
    boolean oneReceptor() {
        return receptor.isScalar();
    }

    /**
     * The receptor type of connection {@code k} of connect call {@code call} (0 unless syn_spec names
     * one); a random one is drawn from the stream of {@code seed}, call and k, so drawing it again gives
     * the same value.
     *
     * @throws BadPropertyException for a draw that is not a whole number from 0 to 255
     */
    int receptor(int k, long seed, long call) {
        double r = receptor.value(k, seed, call);
        if (receptor.isRandom()) {
            checkReceptor(model.name(), r, r, " (drawn for connection " + k + " of the call)");
        }
        return (int) r;
    }

    boolean anyRandom() {
        return weight.isRandom() || (delay != null && delay.isRandom()) || receptor.isRandom()
                || (state != null && java.util.Arrays.stream(state).anyMatch(ValueSource::isRandom));
    }

    /** True if every connection of the call needs checking on its own (random or per-connection plastic values). */
    boolean checkEach() {
        return anyRandom() || (state != null && java.util.Arrays.stream(state).anyMatch(ValueSource::isArray))
                || (state != null && weight.isArray());
    }

    private static Object defaultOf(SynapseModel model, String name, double fallback) {
        return model.parameters().find(name).map(ParameterSpec::defaultValue).filter(Number.class::isInstance)
                .orElse(fallback);
    }

    /**
     * Delay in steps: round(d / h), at least one step, and within {@code bounds} if the user set them
     * (null if not).
     */
    static int steps(String owner, double delayMs, double resolution, DelayBounds bounds) {
        double ratio = delayMs / resolution;
        if (!(ratio >= 1.0 - 1e-9) || Double.isInfinite(ratio)) {
            throw new BadPropertyException(owner, DELAY, delayMs,
                    "must be at least the resolution " + resolution + " ms");
        }
        long steps = Math.round(ratio);
        if (steps > Integer.MAX_VALUE / 4) {
            throw new BadPropertyException(owner, DELAY, delayMs, "is too long");
        }
        if (bounds != null) {
            bounds.check(owner, delayMs, (int) steps, resolution);
        }
        return (int) steps;
    }

    SynapseModel model() {
        return model;
    }

    boolean allScalar() {
        return weight.isScalar() && (delay == null || delay.isScalar());
    }

    void checkCount(int connections) {
        weight.checkCount(connections);
        if (state != null) {
            for (ValueSource source : state) {
                source.checkCount(connections);
            }
        }
        receptor.checkCount(connections);
        if (delay != null) {
            delay.checkCount(connections);
        }
    }

    /** Weight of connection {@code k} of call {@code call}; random draws are validated by the model. */
    double weight(int k, long seed, long call) {
        double w = weight.value(k, seed, call);
        if (weight.isRandom() && userWeight) {
            model.validate(WEIGHT, w);
        }
        return w;
    }

    /** Delay of connection {@code k} in steps; 0 for models without delay. */
    int delaySteps(int k, long seed, long call) {
        if (delay == null) {
            return 0;
        }
        double d = delay.value(k, seed, call);
        if (delay.isRandom()) {
            if (userDelay) {
                model.validate(DELAY, d);
            }
            return steps(model.name(), d, resolution, bounds);
        }
        return steps(model.name(), d, resolution, bounds);
    }
}
