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
 * A {@link RandomParameter} checked once and turned into arrays the draw loop reads: its first draw,
 * then its steps as operation codes with their numbers and compiled operands. Every part of one
 * expression draws from the one stream it was compiled with, in the order of its steps.
 */
final class CompiledParameter {
    private static final int EXP = 0, SIN = 1, COS = 2, MIN = 3, MAX = 4, AFFINE = 5, REDRAW = 6, POW = 7, ADD = 8,
            SUBTRACT = 9, MULTIPLY = 10, DIVIDE = 11, LT = 12, LE = 13, EQ = 14, NE = 15, GE = 16, GT = 17,
            CONDITIONAL = 18;
    private static final List<String> NUMBERS_A = List.of("min", "max", "affine", "redraw", "pow");
    private static final List<String> NUMBERS_B = List.of("affine", "redraw");

    private final Xoshiro256 stream;
    private final RealDistribution distribution;
    /** uniform_int's bound (draws 0 .. max − 1), 0 for the other distributions. */
    private final int wholeMax;
    /** The value of a distribution that draws nothing (constant, uniform(a, a), normal(m, 0)). */
    private final double constant;
    private final boolean degenerate;
    private final double scale;
    private final double offset;
    private final int[] operations;
    private final double[] firstNumbers;
    private final double[] secondNumbers;
    private final CompiledParameter[][] operands;
    /** Whether this value or one of its operands takes anything from the stream. */
    private final boolean draws;
    /** For messages: where the value goes and the whole expression. */
    private final String where;
    /** 1: a distance of the pair, 2: a position; 0: drawn or constant. */
    private final int spatial;
    private final int dimension;
    private final int endpoint;
    private final SpatialPlace place;
    /** Whether this value or one of its operands depends on where its node or pair is. */
    private final boolean placed;
    /** Per step: its one operand is a plain constant, whose value {@link #fixedOperand} holds (no call per value). */
    private final boolean[] operandFixed;
    private final double[] fixedOperand;
    /** A value that draws nothing but reads the place, kept for the place's version it was computed at. */
    private long keptVersion = -1;
    private double keptValue;

    /**
     * @param owner     model or synapse the value is for (for messages)
     * @param parameter the parameter name (for messages)
     * @param whole     the whole expression (for messages)
     */
    CompiledParameter(RandomParameter random, Xoshiro256 stream, String owner, String parameter, RandomParameter whole,
            SpatialPlace place) {
        this.stream = stream;
        this.place = place;
        this.where = owner + "." + parameter + " = " + whole;
        List<Double> args = random.arguments();
        String name = random.distribution();
        if (!RandomParameter.DISTRIBUTIONS.contains(name)) {
            throw new UnknownNameException("random distribution", name, RandomParameter.DISTRIBUTIONS);
        }
        int expected = List.of("exponential", "uniform_int", "constant", "distance").contains(name) ? 1 : 2;
        if (args.size() != expected) {
            throw new BadPropertyException(owner, parameter, whole,
                    "needs " + expected + " argument(s) for " + name + ", got " + args.size());
        }
        if (!Double.isFinite(random.scale()) || !Double.isFinite(random.offset())) {
            throw new BadPropertyException(owner, parameter, whole, "needs a finite factor and shift");
        }
        scale = random.scale();
        offset = random.offset();
        List<RandomParameter.Step> steps = random.steps();
        operations = new int[steps.size()];
        firstNumbers = new double[steps.size()];
        secondNumbers = new double[steps.size()];
        operands = new CompiledParameter[steps.size()][];
        boolean operandsDraw = false;
        boolean operandsPlaced = false;
        for (int s = 0; s < steps.size(); s++) {
            RandomParameter.Step step = steps.get(s);
            String op = step.operation();
            int code = RandomParameter.Step.OPERATIONS.indexOf(op);
            if (code < 0) {
                throw new UnknownNameException("random parameter operation", op, RandomParameter.Step.OPERATIONS);
            }
            if (NUMBERS_A.contains(op) && Double.isNaN(step.a()) || NUMBERS_B.contains(op) && Double.isNaN(step.b())) {
                throw new BadPropertyException(owner, parameter, whole, "needs numbers for " + op);
            }
            if (code == REDRAW && !(step.a() <= step.b())) {
                throw new BadPropertyException(owner, parameter, whole, "redraw needs min <= max, got min = "
                        + step.a() + ", max = " + step.b());
            }
            int needed = code == CONDITIONAL ? 2 : code >= ADD ? 1 : 0;
            if (step.operands().size() != needed) {
                throw new BadPropertyException(owner, parameter, whole, op + " takes " + needed
                        + " parameter operand(s), got " + step.operands().size());
            }
            operations[s] = code;
            firstNumbers[s] = step.a();
            secondNumbers[s] = step.b();
            operands[s] = new CompiledParameter[needed];
            for (int k = 0; k < needed; k++) {
                operands[s][k] = new CompiledParameter(step.operands().get(k), stream, owner, parameter, whole, place);
                operandsDraw |= operands[s][k].draws;
                operandsPlaced |= operands[s][k].placed;
            }
        }
        checkArguments(name, args, owner, parameter, whole);
        spatial = name.equals("distance") ? 1 : name.equals("position") ? 2 : 0;
        dimension = spatial > 0 ? (int) (double) args.get(0) : 0;
        endpoint = spatial == 2 ? (int) (double) args.get(1) : 0;
        if (spatial > 0 && place == null) {
            throw new BadPropertyException(owner, parameter, whole, "depends on positions, which "
                    + owner + "." + parameter + " cannot use here");
        }
        placed = spatial > 0 || operandsPlaced;
        operandFixed = new boolean[operations.length];
        fixedOperand = new double[operations.length];
        for (int k = 0; k < operations.length; k++) {
            CompiledParameter only = operands[k].length == 1 ? operands[k][0] : null;
            if (only != null && only.operations.length == 0 && only.degenerate && only.spatial == 0) {
                operandFixed[k] = true;
                fixedOperand[k] = only.next(); // draws nothing: the value every call would give
            }
        }
        RealDistribution made = null;
        double value = 0;
        int max = 0;
        boolean flat = false;
        try {
            switch (name) {
                case "uniform_int" -> max = (int) (double) args.get(0);
                case "distance", "position" -> flat = true;
                case "constant" -> {
                    flat = true;
                    value = args.get(0);
                }
                case "uniform" -> {
                    flat = args.get(0).equals(args.get(1));
                    value = args.get(0);
                    made = flat ? null : new UniformRealDistribution(new RandomGeneratorAdapter(stream), args.get(0), args.get(1));
                }
                case "normal" -> {
                    flat = args.get(1) == 0.0;
                    value = args.get(0);
                    made = flat ? null : new NormalDistribution(new RandomGeneratorAdapter(stream), args.get(0), args.get(1));
                }
                case "lognormal" -> made = new LogNormalDistribution(new RandomGeneratorAdapter(stream), args.get(0), args.get(1));
                default -> made = new ExponentialDistribution(new RandomGeneratorAdapter(stream), args.get(0));
            }
        } catch (MathIllegalArgumentException e) {
            throw new BadPropertyException(owner, parameter, whole, "has invalid arguments: " + e.getMessage());
        }
        distribution = made;
        wholeMax = max;
        constant = value;
        degenerate = flat;
        draws = !flat || operandsDraw;
    }

    /** Refuses arguments a distribution cannot draw from, naming the argument as NEST's keys do. */
    private static void checkArguments(String name, List<Double> args, String owner, String parameter,
            RandomParameter whole) {
        double first = args.get(0);
        String problem = switch (name) {
            case "uniform_int" -> !(first >= 1) || first != Math.rint(first) || first > Integer.MAX_VALUE
                    ? "needs max, a whole number >= 1 (draws 0 .. max - 1), got " + first : null;
            case "uniform" -> !(first < args.get(1)) && !args.get(0).equals(args.get(1))
                    ? "uniform: min = " + first + " must be below max = " + args.get(1) : null;
            case "normal" -> !(args.get(1) >= 0) ? "normal: std = " + args.get(1) + " must be >= 0" : null;
            case "lognormal" -> !(args.get(1) > 0) ? "lognormal: std = " + args.get(1) + " must be > 0" : null;
            case "exponential" -> !(first > 0) ? "exponential: beta = " + first + " must be > 0" : null;
            case "distance" -> !(first == 0 || first == 1 || first == 2 || first == 3)
                    ? "distance: dimension = " + first + " must be 0 (Euclidean), 1, 2 or 3 (x, y, z)" : null;
            case "position" -> !(first == 0 || first == 1 || first == 2) ? "position: dimension = " + first
                    + " must be 0, 1 or 2 (x, y, z)" : !(args.get(1) == 0 || args.get(1) == 1 || args.get(1) == 2)
                    ? "position: synaptic_endpoint = " + args.get(1) + " must be 0 (node), 1 (source) or 2 (target)"
                    : null;
            default -> null;
        };
        if (problem != null) {
            throw new BadPropertyException(owner, parameter, whole, problem);
        }
    }

    /** Whether a value takes anything from the stream. */
    boolean draws() {
        return draws;
    }

    /**
     * The next value from the stream as it stands.
     *
     * @throws KernelException if a redraw found no value within its bounds in {@link RandomSampler#MAX_REDRAWS} draws
     */
    double next() {
        if (placed && !draws) {
            long version = place.version();
            if (version != keptVersion) {
                keptValue = evaluate();
                keptVersion = version;
            }
            return keptValue;
        }
        return evaluate();
    }

    private double evaluate() {
        for (int draw = 0; draw < RandomSampler.MAX_REDRAWS; draw++) {
            double raw = spatial == 1 ? place.distance(dimension) : spatial == 2 ? place.position(dimension, endpoint)
                    : degenerate ? constant : wholeMax > 0 ? stream.nextInt(wholeMax) : distribution.sample();
            double value = raw * scale + offset;
            boolean kept = true;
            for (int s = 0; s < operations.length && kept; s++) {
                double a = firstNumbers[s];
                CompiledParameter[] with = operands[s];
                switch (operations[s]) {
                    // Math, not StrictMath: HotSpot runs the same intrinsic interpreted and compiled, and it
                    // differs from the C library NEST calls in about 0.2 % of values, fdlibm's in 3-10 %
                    case EXP -> value = Math.exp(value);
                    case SIN -> value = Math.sin(value);
                    case COS -> value = Math.cos(value);
                    case MIN -> value = Math.min(value, a);
                    case MAX -> value = Math.max(value, a);
                    case AFFINE -> value = value * a + secondNumbers[s];
                    case REDRAW -> kept = value >= a && value <= secondNumbers[s];
                    case POW -> value = Math.pow(value, a);
                    case ADD -> value = value + operand(s);
                    case SUBTRACT -> value = value - operand(s);
                    case MULTIPLY -> value = value * operand(s);
                    case DIVIDE -> value = value / operand(s);
                    case LT -> value = value < operand(s) ? 1.0 : 0.0;
                    case LE -> value = value <= operand(s) ? 1.0 : 0.0;
                    case EQ -> value = value == operand(s) ? 1.0 : 0.0;
                    case NE -> value = value != operand(s) ? 1.0 : 0.0;
                    case GE -> value = value >= operand(s) ? 1.0 : 0.0;
                    case GT -> value = value > operand(s) ? 1.0 : 0.0;
                    default -> value = (value != 0.0 ? with[0] : with[1]).next(); // conditional: NaN counts as true, as in C++
                }
            }
            if (kept) {
                return value;
            }
        }
        throw new KernelException(where + ": redraw found no value within its bounds in " + RandomSampler.MAX_REDRAWS
                + " draws");
    }

    /** Step {@code s}'s one operand's next value. */
    private double operand(int s) {
        return operandFixed[s] ? fixedOperand[s] : operands[s][0].next();
    }
}
