package org.syncytium.core.connect;

import java.lang.reflect.Array;
import java.util.List;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.core.random.RandomSampler;
import org.syncytium.core.random.SpatialPlace;
import org.syncytium.core.random.StreamKeys;

/**
 * One synapse parameter of a connect call: a scalar, one value per connection (in generation
 * order; mirrored connections of {@code make_symmetric} start again at element 0), or a random
 * parameter drawn from a per-connection stream keyed by (rng_seed, purpose, call, connection).
 */
final class ValueSource {
    private final String owner;
    private final String name;
    private final double scalar;
    private final double[] values;
    private final RandomSampler sampler;
    private final long purpose;

    private ValueSource(String owner, String name, double scalar, double[] values, RandomSampler sampler,
            long purpose) {
        this.owner = owner;
        this.name = name;
        this.scalar = scalar;
        this.values = values;
        this.sampler = sampler;
        this.purpose = purpose;
    }

    /**
     * Reads a user value.
     *
     * @throws BadPropertyException for a value that is neither a number, a sequence of numbers nor a
     *                              random parameter
     */
    static ValueSource of(String owner, String name, Object value, long purpose, SpatialPlace place) {
        if (value instanceof Number number) {
            return new ValueSource(owner, name, number.doubleValue(), null, null, purpose);
        }
        if (value instanceof RandomParameter random) {
            return new ValueSource(owner, name, 0, null, new RandomSampler(owner, name, random, place), purpose);
        }
        if (value instanceof List<?> || (value != null && value.getClass().isArray())) {
            int n = value instanceof List<?> list ? list.size() : Array.getLength(value);
            double[] values = new double[n];
            for (int k = 0; k < n; k++) {
                Object element = value instanceof List<?> list ? list.get(k) : Array.get(value, k);
                if (!(element instanceof Number number)) {
                    throw new BadPropertyException(owner, name, element, "must be a number (element " + k + ")");
                }
                values[k] = number.doubleValue();
            }
            return new ValueSource(owner, name, 0, values, null, purpose);
        }
        throw new BadPropertyException(owner, name, value,
                "must be a number, an array with one number per connection or a random parameter");
    }

    boolean isScalar() {
        return values == null && sampler == null;
    }

    boolean isRandom() {
        return sampler != null;
    }

    boolean isArray() {
        return values != null;
    }

    /** The values of an array source (for element checks). */
    double[] array() {
        return values;
    }

    /** The scalar value. */
    double scalar() {
        return scalar;
    }

    /** Checks that an array has one value per connection of the call. */
    void checkCount(int connections) {
        if (values != null && values.length != connections) {
            throw new BadPropertyException(owner, name, "an array of length " + values.length,
                    "needs one value per connection: this call makes " + connections);
        }
    }

    /** The value of connection {@code k} of connect call {@code call}. */
    double value(int k, long seed, long call) {
        if (values != null) {
            return values[k];
        }
        if (sampler != null) {
            return sampler.sample(StreamKeys.key(seed, purpose, call, k, 0));
        }
        return scalar;
    }
}
