package org.syncytium.api.param;

import java.util.List;
import java.util.Objects;

/**
 * A value drawn per node or per connection, like NEST's {@code nest.random.uniform(min, max)}.
 * The kernel draws it from the random stream of the node (or connection) so that the result does
 * not depend on the number of threads. Arguments are in the unit of the parameter being set.
 *
 * @param distribution {@code "uniform"}, {@code "normal"}, {@code "lognormal"} or {@code "exponential"}
 * @param arguments    {@code uniform: [min, max]}, {@code normal: [mean, std]},
 *                     {@code lognormal: [mean, std]} (of the underlying normal),
 *                     {@code exponential: [beta]} (the mean)
 */
public record RandomParameter(String distribution, List<Double> arguments) {

    /** The distributions the kernel knows. */
    public static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "lognormal", "exponential");

    public RandomParameter {
        Objects.requireNonNull(distribution, "distribution");
        arguments = List.copyOf(arguments);
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

    @Override
    public String toString() {
        return distribution + arguments;
    }
}
