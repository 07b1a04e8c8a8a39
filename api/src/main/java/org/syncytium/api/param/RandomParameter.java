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
 * <p>Since 1.6 a value may depend on where nodes are (NEST's {@code nest.spatial} parameters): the
 * {@code distance} between a connection's source and target and the {@code position} of a node, a
 * source or a target. They draw nothing; the kernel reads the positions the nodes were given
 * ({@code Simulator.setPositions}) and refuses them where a node has none or where there is no pair.
 *
 * @param distribution {@code "uniform"}, {@code "normal"}, {@code "lognormal"}, {@code "exponential"},
 *                     {@code "uniform_int"}, (since 1.5) {@code "constant"}, (since 1.6) {@code "distance"}
 *                     or {@code "position"}
 * @param arguments    {@code uniform: [min, max]}, {@code normal: [mean, std]},
 *                     {@code lognormal: [mean, std]} (of the underlying normal),
 *                     {@code exponential: [beta]} (the mean), {@code uniform_int: [max]} (a whole
 *                     number 0, 1, ..., max − 1, each equally likely; max a positive whole number),
 *                     {@code constant: [value]}, {@code distance: [dimension]} (0: the Euclidean distance
 *                     from source to target; 1, 2, 3: its absolute x, y or z component; in the
 *                     positions' unit, with periodic boundaries where the source's layer wraps),
 *                     {@code position: [axis, endpoint]} (axis 0, 1, 2 for x, y, z; endpoint 0: the
 *                     node being set, 1: the connection's source, 2: its target)
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
            "constant", "distance", "position");

    /** The first values that depend on positions (since 1.6). */
    public static final List<String> SPATIAL = List.of("distance", "position");

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

    /**
     * The distance from a connection's source to its target (since 1.6).
     *
     * @param dimension 0 for the Euclidean distance, 1, 2 or 3 for the absolute x, y or z component
     */
    public static RandomParameter distance(int dimension) {
        return new RandomParameter("distance", List.of((double) dimension));
    }

    /**
     * A coordinate of a node's position (since 1.6).
     *
     * @param axis     0, 1 or 2 for x, y or z
     * @param endpoint 0 for the node being set, 1 for a connection's source, 2 for its target
     */
    public static RandomParameter position(int axis, int endpoint) {
        return new RandomParameter("position", List.of((double) axis, (double) endpoint));
    }

    /** True if this value or one of its operands depends on positions (since 1.6). */
    public boolean isSpatial() {
        if (SPATIAL.contains(distribution)) {
            return true;
        }
        for (Step step : steps) {
            for (RandomParameter operand : step.operands()) {
                if (operand.isSpatial()) {
                    return true;
                }
            }
        }
        return false;
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
                : spatialName();
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

    /** NEST's names for the spatial values ({@code nest.spatial.distance.x}), the distribution and arguments otherwise. */
    private String spatialName() {
        int first = arguments.isEmpty() ? -1 : (int) (double) arguments.get(0);
        if ("distance".equals(distribution) && arguments.size() == 1) {
            return "nest.spatial.distance" + (first >= 1 && first <= 3 ? "." + "xyz".charAt(first - 1) : "");
        }
        if ("position".equals(distribution) && arguments.size() == 2 && first >= 0 && first <= 2) {
            int endpoint = (int) (double) arguments.get(1);
            String[] names = {"pos", "source_pos", "target_pos"};
            return "nest.spatial." + (endpoint >= 0 && endpoint <= 2 ? names[endpoint] : "pos") + "." + "xyz".charAt(first);
        }
        return distribution + arguments;
    }

    private static String operand(Step step, int k) {
        return k < step.operands().size() ? step.operands().get(k).toString() : "?";
    }
}
