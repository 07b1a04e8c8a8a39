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
 * {@code redraw}), the arithmetic that follows one of them, and (since 1.5) arithmetic with, comparisons
 * with and choices between other parameters: an expression such as
 * {@code nest.logic.conditional(u < 0.5, 2 * u, nest.random.normal(0, 1)) + 1} is its first draw
 * followed by steps whose operands are parameters themselves. All draws of one value come from the one
 * stream of its node or connection, in the order the steps name them.
 *
 * @param distribution {@code "uniform"}, {@code "normal"}, {@code "lognormal"}, {@code "exponential"},
 *                     {@code "uniform_int"} or (since 1.5) {@code "constant"}
 * @param arguments    {@code uniform: [min, max]}, {@code normal: [mean, std]},
 *                     {@code lognormal: [mean, std]} (of the underlying normal),
 *                     {@code exponential: [beta]} (the mean), {@code uniform_int: [max]} (a whole
 *                     number 0, 1, ..., max − 1, each equally likely; max a positive whole number),
 *                     {@code constant: [value]}
 * @param scale        the factor applied to each draw (1 for the plain distribution)
 * @param offset       added after scaling (0 for the plain distribution)
 * @param steps        operations applied to the scaled and shifted draw, in order (empty for none;
 *                     since 1.3)
 */
public record RandomParameter(String distribution, List<Double> arguments, double scale, double offset,
        List<Step> steps) {

    /**
     * One operation on the value so far, v (since 1.3): {@code exp}, {@code sin}, {@code cos} (radians),
     * {@code min} and {@code max} with the number {@code a}, {@code affine} (v · {@code a} + {@code b}),
     * and {@code redraw}: if v is not within [{@code a}, {@code b}], the whole value is drawn again from
     * the same stream (NEST's {@code nest.math.redraw}; the kernel gives up after 1000 draws with an
     * error).
     *
     * <p>Since 1.5: {@code pow} (v to the power {@code a}); {@code add}, {@code subtract},
     * {@code multiply}, {@code divide} (v and the value of the one operand, in that order);
     * {@code lt}, {@code le}, {@code eq}, {@code ne}, {@code ge}, {@code gt} (1 if v compares so with
     * the operand's value, else 0); {@code conditional} (the value of the first operand if v is not 0,
     * else of the second; only the chosen one is drawn). Operands are drawn after v, from the same
     * stream. Numbers and operands a step does not use are ignored.
     *
     * @param operation one of {@link #OPERATIONS}
     * @param a         the first number of the operation (see above), in the parameter's unit
     * @param b         the second number, in the parameter's unit
     * @param operands  the parameters the operation combines v with (empty for the operations of 1.3)
     */
    public record Step(String operation, double a, double b, List<RandomParameter> operands) {

        /** The operations the kernel knows. */
        public static final List<String> OPERATIONS = List.of("exp", "sin", "cos", "min", "max", "affine", "redraw",
                "pow", "add", "subtract", "multiply", "divide", "lt", "le", "eq", "ne", "ge", "gt", "conditional");

        public Step {
            Objects.requireNonNull(operation, "operation");
            operands = List.copyOf(operands);
        }

        /** An operation on numbers only. */
        public Step(String operation, double a, double b) {
            this(operation, a, b, List.of());
        }

        /** An operation with parameters as operands, e.g. {@code of("add", q)} (since 1.5). */
        public static Step of(String operation, RandomParameter... operands) {
            return new Step(operation, Double.NaN, Double.NaN, List.of(operands));
        }
    }

    /** The distributions the kernel knows. */
    public static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "lognormal", "exponential", "uniform_int",
            "constant");

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

    /** Always {@code value}, drawing nothing (since 1.5). */
    public static RandomParameter constant(double value) {
        return new RandomParameter("constant", List.of(value));
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
        String plain = "constant".equals(distribution) && arguments.size() == 1 ? String.valueOf(arguments.get(0))
                : distribution + arguments;
        String text = scale == 1.0 && offset == 0.0 ? plain
                : (scale == 1.0 ? "" : scale + " * ") + plain + (offset == 0.0 ? "" : " + " + offset);
        for (Step step : steps) {
            text = switch (step.operation()) {
                case "affine" -> step.a() + " * (" + text + ") + " + step.b();
                case "min", "max" -> step.operation() + "(" + text + ", " + step.a() + ")";
                case "redraw" -> "redraw(" + text + ", min=" + step.a() + ", max=" + step.b() + ")";
                case "pow" -> "(" + text + ") ** " + step.a();
                case "conditional" -> "conditional(" + text + ", " + operand(step, 0) + ", " + operand(step, 1) + ")";
                case "add", "subtract", "multiply", "divide", "lt", "le", "eq", "ne", "ge", "gt" ->
                        "(" + text + " " + SYMBOLS.get(step.operation()) + " " + operand(step, 0) + ")";
                default -> step.operation() + "(" + text + ")";
            };
        }
        return text;
    }

    private static final java.util.Map<String, String> SYMBOLS = java.util.Map.of("add", "+", "subtract", "-",
            "multiply", "*", "divide", "/", "lt", "<", "le", "<=", "eq", "==", "ne", "!=", "ge", ">=", "gt", ">");

    private static String operand(Step step, int k) {
        return k < step.operands().size() ? step.operands().get(k).toString() : "?";
    }
}
