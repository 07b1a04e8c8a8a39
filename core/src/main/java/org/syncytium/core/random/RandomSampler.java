package org.syncytium.core.random;

import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
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
    /** The parameter's steps after scale and offset (nest.math), as parallel arrays; empty for none. */
    private final String[] operations;
    private final double[] firstNumbers;
    private final double[] secondNumbers;
    private final String owner;
    private final String parameter;
    private final RandomParameter random;

    /** NEST gives up a redraw after this many draws. */
    static final int MAX_REDRAWS = 1000;

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
        this.owner = owner;
        this.parameter = parameter;
        this.random = random;
        List<RandomParameter.Step> steps = random.steps();
        operations = new String[steps.size()];
        firstNumbers = new double[steps.size()];
        secondNumbers = new double[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            RandomParameter.Step step = steps.get(s);
            if (!RandomParameter.Step.OPERATIONS.contains(step.operation())) {
                throw new UnknownNameException("random parameter operation", step.operation(), RandomParameter.Step.OPERATIONS);
            }
            boolean usesA = !List.of("exp", "sin", "cos").contains(step.operation());
            boolean usesB = step.operation().equals("affine") || step.operation().equals("redraw");
            if (usesA && Double.isNaN(step.a()) || usesB && Double.isNaN(step.b())) {
                throw new BadPropertyException(owner, parameter, random, "needs numbers for " + step.operation());
            }
            if (step.operation().equals("redraw") && !(step.a() <= step.b())) {
                throw new BadPropertyException(owner, parameter, random, "redraw needs min <= max, got min = "
                        + step.a() + ", max = " + step.b());
            }
            operations[s] = step.operation();
            firstNumbers[s] = step.a();
            secondNumbers[s] = step.b();
        }
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

    /**
     * One value from the stream named by {@code key} (see {@link StreamKeys}).
     *
     * @throws KernelException if a redraw found no value within its bounds in {@link #MAX_REDRAWS} draws
     *                         (NEST's class for it)
     */
    public double sample(long key) {
        if (!degenerate) {
            stream.reseed(key);
        }
        for (int draw = 0; draw < MAX_REDRAWS; draw++) {
            double raw = degenerate ? constant : wholeMax > 0 ? stream.nextInt(wholeMax) : distribution.sample();
            double value = raw * scale + offset;
            boolean kept = true;
            for (int s = 0; s < operations.length && kept; s++) {
                double a = firstNumbers[s];
                switch (operations[s]) {
                    case "exp" -> value = StrictMath.exp(value); // StrictMath: the same bits in every JIT state
                    case "sin" -> value = StrictMath.sin(value);
                    case "cos" -> value = StrictMath.cos(value);
                    case "min" -> value = Math.min(value, a);
                    case "max" -> value = Math.max(value, a);
                    case "affine" -> value = value * a + secondNumbers[s];
                    default -> kept = value >= a && value <= secondNumbers[s]; // redraw
                }
            }
            if (kept) {
                return value;
            }
        }
        throw new KernelException(owner + "." + parameter + " = " + random + ": redraw found no value within its bounds in "
                + MAX_REDRAWS + " draws");
    }
}
