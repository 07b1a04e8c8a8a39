package org.syncytium.core.random;

import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.RandomParameter;

/**
 * Draws values of one {@link RandomParameter} with Commons Math distributions from a reseedable
 * stream: the caller reseeds per entity (node or connection), so each value depends only on the
 * seed and the entity, never on the thread that draws it.
 */
public final class RandomSampler {
    private final Xoshiro256 stream = new Xoshiro256(0);
    private final RealDistribution distribution;
    private final double constant;
    private final boolean degenerate;
    /** uniform_int's bound (draws 0 .. max − 1), 0 for the other distributions. */
    private final int wholeMax;
    private final double scale;
    private final double offset;

    /**
     * @param owner     model or synapse the value is for (for messages)
     * @param parameter the parameter name (for messages)
     * @throws BadPropertyException   for arguments the distribution does not accept
     * @throws UnknownNameException   for an unknown distribution
     */
    public RandomSampler(String owner, String parameter, RandomParameter random) {
        List<Double> args = random.arguments();
        String name = random.distribution();
        if (!RandomParameter.DISTRIBUTIONS.contains(name)) {
            throw new UnknownNameException("random distribution", name, RandomParameter.DISTRIBUTIONS);
        }
        int expected = "exponential".equals(name) || "uniform_int".equals(name) ? 1 : 2;
        if (args.size() != expected) {
            throw new BadPropertyException(owner, parameter, random,
                    "needs " + expected + " argument(s) for " + name + ", got " + args.size());
        }
        if (!Double.isFinite(random.scale()) || !Double.isFinite(random.offset())) {
            throw new BadPropertyException(owner, parameter, random, "needs a finite factor and shift");
        }
        scale = random.scale();
        offset = random.offset();
        if ("uniform_int".equals(name)) {
            double max = args.get(0);
            if (!(max >= 1) || max != Math.rint(max) || max > Integer.MAX_VALUE) {
                throw new BadPropertyException(owner, parameter, random, "needs max, a whole number >= 1 (draws 0 .. max - 1)");
            }
            wholeMax = (int) max;
            distribution = null;
            degenerate = false;
            constant = 0;
            return;
        }
        wholeMax = 0;
        RandomGeneratorAdapter rng = new RandomGeneratorAdapter(stream);
        boolean flat = false;
        double value = 0;
        RealDistribution made = null;
        try {
            switch (name) {
                case "uniform" -> {
                    if (args.get(0).equals(args.get(1))) {
                        flat = true;
                        value = args.get(0);
                    } else {
                        made = new UniformRealDistribution(rng, args.get(0), args.get(1));
                    }
                }
                case "normal" -> {
                    if (args.get(1) == 0.0) {
                        flat = true;
                        value = args.get(0);
                    } else {
                        made = new NormalDistribution(rng, args.get(0), args.get(1));
                    }
                }
                case "lognormal" -> made = new LogNormalDistribution(rng, args.get(0), args.get(1));
                default -> made = new ExponentialDistribution(rng, args.get(0));
            }
        } catch (MathIllegalArgumentException e) {
            throw new BadPropertyException(owner, parameter, random, "has invalid arguments: " + e.getMessage());
        }
        this.distribution = made;
        this.degenerate = flat;
        this.constant = value;
    }

    /** One value from the stream named by {@code key} (see {@link StreamKeys}). */
    public double sample(long key) {
        if (degenerate) {
            return constant * scale + offset;
        }
        stream.reseed(key);
        double raw = wholeMax > 0 ? stream.nextInt(wholeMax) : distribution.sample();
        return raw * scale + offset;
    }
}
