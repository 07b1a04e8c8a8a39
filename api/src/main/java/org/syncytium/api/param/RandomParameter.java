package org.syncytium.api.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value drawn per node or per connection, like NEST's {@code nest.random.uniform(min, max)}, times
 * {@code scale} plus {@code offset} (NEST's arithmetic on a random parameter with numbers, e.g.
 * {@code -55.0 - 20 * nest.random.lognormal(0, 1)}). The kernel draws it from the random stream of
 * the node (or connection) so that the result does not depend on the number of threads. Arguments,
 * scale and offset are in the unit of the parameter being set.
 *
 * <p>After scaling and shifting, the value may pass through {@link #steps()}: NEST's
 * {@code nest.math} functions ({@code exp}, {@code sin}, {@code cos}, {@code min}, {@code max},
 * {@code redraw}) and the arithmetic with numbers that follows one of them, in order.
 *
 * @param distribution {@code "uniform"}, {@code "normal"}, {@code "lognormal"}, {@code "exponential"} or
 *                     {@code "uniform_int"}
 * @param arguments    {@code uniform: [min, max]}, {@code normal: [mean, std]},
 *                     {@code lognormal: [mean, std]} (of the underlying normal),
 *                     {@code exponential: [beta]} (the mean), {@code uniform_int: [max]} (a whole
 *                     number 0, 1, ..., max − 1, each equally likely; max a positive whole number)
 * @param scale        the factor applied to each draw (1 for the plain distribution)
 * @param offset       added after scaling (0 for the plain distribution)
 * @param steps        operations applied to the scaled and shifted draw, in order (empty for none;
 *                     since 1.3)
 */
public record RandomParameter(String distribution, List<Double> arguments, double scale, double offset,
        List<Step> steps) {

    /**
     * One operation on the value so far (since 1.3): {@code exp}, {@code sin}, {@code cos} (radians;
     * {@code a}, {@code b} unused), {@code min} and {@code max} with the number {@code a},
     * {@code affine} (value · {@code a} + {@code b}), and {@code redraw}: if the value so far is not
     * within [{@code a}, {@code b}], the whole value is drawn again from the same stream (NEST's
     * {@code nest.math.redraw}; the kernel gives up after 1000 draws with an error).
     *
     * @param operation one of {@link #OPERATIONS}
     * @param a         the first number of the operation (see above), in the parameter's unit
     * @param b         the second number, in the parameter's unit
     */
    public record Step(String operation, double a, double b) {

        /** The operations the kernel knows. */
        public static final List<String> OPERATIONS = List.of("exp", "sin", "cos", "min", "max", "affine", "redraw");

        public Step {
            Objects.requireNonNull(operation, "operation");
        }
    }

    /** The distributions the kernel knows. */
    public static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "lognormal", "exponential", "uniform_int");

    public RandomParameter {
        Objects.requireNonNull(distribution, "distribution");
        arguments = List.copyOf(arguments);
        steps = List.copyOf(steps);
    }

    /** The distribution scaled and shifted, with no further steps. */
    public RandomParameter(String distribution, List<Double> arguments, double scale, double offset) {
        this(distribution, arguments, scale, offset, List.of());
    }

    /** The plain distribution: scale 1, offset 0. */
    public RandomParameter(String distribution, List<Double> arguments) {
        this(distribution, arguments, 1.0, 0.0);
    }

    /** Uniform on {@code [min, max)}. */
    public static RandomParameter uniform(double min, double max) {
        return new RandomParameter("uniform", List.of(min, max));
    }

    /** Normal with mean and standard deviation. */
    public static RandomParameter normal(double mean, double std) {
        return new RandomParameter("normal", List.of(mean, std));
    }

    /** Log-normal: exp of a normal with the given mean and standard deviation. */
    public static RandomParameter lognormal(double mean, double std) {
        return new RandomParameter("lognormal", List.of(mean, std));
    }

    /** Exponential with mean {@code beta}. */
    public static RandomParameter exponential(double beta) {
        return new RandomParameter("exponential", List.of(beta));
    }

    /** A whole number in {@code 0 .. max − 1}, each equally likely. */
    public static RandomParameter uniformInt(long max) {
        return new RandomParameter("uniform_int", List.of((double) max));
    }

    /** {@code factor · this + shift}: the same distribution, its draws scaled and shifted. */
    public RandomParameter affine(double factor, double shift) {
        if (!steps.isEmpty()) {
            Step last = steps.get(steps.size() - 1);
            if (last.operation().equals("affine")) { // two in a row are one
                List<Step> folded = new ArrayList<>(steps.subList(0, steps.size() - 1));
                folded.add(new Step("affine", factor * last.a(), factor * last.b() + shift));
                return new RandomParameter(distribution, arguments, scale, offset, folded);
            }
            return then(new Step("affine", factor, shift));
        }
        return new RandomParameter(distribution, arguments, factor * scale, factor * offset + shift);
    }

    /** This parameter followed by one more step (since 1.3). */
    public RandomParameter then(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new RandomParameter(distribution, arguments, scale, offset, more);
    }

    @Override
    public String toString() {
        String plain = distribution + arguments;
        String text = scale == 1.0 && offset == 0.0 ? plain
                : (scale == 1.0 ? "" : scale + " * ") + plain + (offset == 0.0 ? "" : " + " + offset);
        for (Step step : steps) {
            text = switch (step.operation()) {
                case "affine" -> step.a() + " * (" + text + ") + " + step.b();
                case "min", "max" -> step.operation() + "(" + text + ", " + step.a() + ")";
                case "redraw" -> "redraw(" + text + ", min=" + step.a() + ", max=" + step.b() + ")";
                default -> step.operation() + "(" + text + ")";
            };
        }
        return text;
    }
}
