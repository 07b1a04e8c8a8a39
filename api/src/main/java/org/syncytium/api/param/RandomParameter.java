package org.syncytium.api.param;

import java.util.List;
import java.util.Objects;

/**
 * A value drawn per node or per connection, like NEST's {@code nest.random.uniform(min, max)}, times
 * {@code scale} plus {@code offset} (NEST's arithmetic on a random parameter with numbers, e.g.
 * {@code -55.0 - 20 * nest.random.lognormal(0, 1)}). The kernel draws it from the random stream of
 * the node (or connection) so that the result does not depend on the number of threads. Arguments,
 * scale and offset are in the unit of the parameter being set.
 *
 * @param distribution {@code "uniform"}, {@code "normal"}, {@code "lognormal"}, {@code "exponential"} or
 *                     {@code "uniform_int"}
 * @param arguments    {@code uniform: [min, max]}, {@code normal: [mean, std]},
 *                     {@code lognormal: [mean, std]} (of the underlying normal),
 *                     {@code exponential: [beta]} (the mean), {@code uniform_int: [max]} (a whole
 *                     number 0, 1, ..., max − 1, each equally likely; max a positive whole number)
 * @param scale        the factor applied to each draw (1 for the plain distribution)
 * @param offset       added after scaling (0 for the plain distribution)
 */
public record RandomParameter(String distribution, List<Double> arguments, double scale, double offset) {

    /** The distributions the kernel knows. */
    public static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "lognormal", "exponential", "uniform_int");

    public RandomParameter {
        Objects.requireNonNull(distribution, "distribution");
        arguments = List.copyOf(arguments);
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
        return new RandomParameter(distribution, arguments, factor * scale, factor * offset + shift);
    }

    @Override
    public String toString() {
        String plain = distribution + arguments;
        if (scale == 1.0 && offset == 0.0) {
            return plain;
        }
        return (scale == 1.0 ? "" : scale + " * ") + plain + (offset == 0.0 ? "" : " + " + offset);
    }
}
