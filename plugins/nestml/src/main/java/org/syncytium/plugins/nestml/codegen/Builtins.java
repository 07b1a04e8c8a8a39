package org.syncytium.plugins.nestml.codegen;

import java.util.List;
import java.util.Set;

import org.syncytium.plugins.nestml.syntax.Ast.Call;
import org.syncytium.plugins.nestml.syntax.NestmlException;
import org.syncytium.plugins.nestml.units.Unit;

/** NESTML's predefined functions: their unit rules and the Java each becomes. */
final class Builtins {

    private static final Set<String> DIMENSIONLESS = Set.of("exp", "expm1", "ln", "log", "log10", "sin", "cos", "tan",
            "sinh", "cosh", "tanh", "erf", "erfc", "asin", "acos", "atan");
    private static final Set<String> ALL = Set.of("exp", "expm1", "ln", "log", "log10", "sin", "cos", "tan", "sinh",
            "cosh", "tanh", "erf", "erfc", "asin", "acos", "atan", "sqrt", "abs", "min", "max", "clip", "pow", "steps",
            "resolution", "timestep", "emit_spike", "integrate_odes", "print", "println", "convolve", "delta",
            "random_normal", "random_uniform", "random_poisson", "sgn", "sign", "floor", "ceil", "round");

    interface Errors {
        NestmlException error(int line, String message);
    }

    interface Converter {
        String convert(Typed t, Unit target);
    }

    private Builtins() {
    }

    static boolean isBuiltin(String name) {
        return ALL.contains(name);
    }

    static Typed call(Call c, List<Typed> args, boolean rhs, Errors errors, Converter conv) {
        String name = c.name();
        int line = c.line();
        if (DIMENSIONLESS.contains(name)) {
            arity(c, args, 1, errors);
            Typed x = args.get(0);
            number(c, x, errors);
            // NESTML warns for a quantity here and takes its magnitude; conv does the same
            String a = x.plain() ? x.code() : conv.convert(x, Unit.ONE);
            String java;
            switch (name) {
                case "ln":
                case "log":
                    java = "Math.log(" + a + ")";
                    break;
                case "erf":
                case "erfc":
                    java = name + "(" + a + ")";
                    break;
                default:
                    java = "Math." + name + "(" + a + ")";
                    break;
            }
            return new Typed(java, Unit.ONE, Typed.Kind.REAL, x.plain(), false);
        }
        switch (name) {
            case "sqrt": {
                arity(c, args, 1, errors);
                Typed x = args.get(0);
                number(c, x, errors);
                return new Typed("Math.sqrt(" + x.code() + ")", x.unit().pow(0.5), Typed.Kind.REAL, x.plain(), false);
            }
            case "abs":
            case "floor":
            case "ceil":
            case "round":
            case "sgn":
            case "sign": {
                arity(c, args, 1, errors);
                Typed x = args.get(0);
                number(c, x, errors);
                String f = name.equals("sgn") || name.equals("sign") ? "Math.signum" : name.equals("round") ? "Math.rint" : "Math." + name;
                Unit unit = name.equals("sgn") || name.equals("sign") ? Unit.ONE : x.unit();
                return new Typed(f + "(" + x.code() + ")", unit, x.kind(), x.plain(), false);
            }
            case "min":
            case "max": {
                arity(c, args, 2, errors);
                return sameUnitCall("Math." + name, c, args, errors, conv);
            }
            case "clip": {
                arity(c, args, 3, errors);
                return sameUnitCall("clip", c, args, errors, conv);
            }
            case "pow": {
                arity(c, args, 2, errors);
                Typed x = args.get(0);
                Typed p = args.get(1);
                number(c, x, errors);
                number(c, p, errors);
                if (!p.plain() && !p.unit().isDimensionless()) {
                    throw errors.error(line, "pow(): the exponent must be dimensionless, got " + p.unit());
                }
                if (!x.plain() && !x.unit().isDimensionless()) {
                    throw errors.error(line, "pow(): use ** to raise a quantity with a unit (" + x.unit() + ") to a constant power");
                }
                return new Typed("Math.pow(" + (x.plain() ? x.code() : conv.convert(x, Unit.ONE)) + ", "
                        + (p.plain() ? p.code() : conv.convert(p, Unit.ONE)) + ")", Unit.ONE, Typed.Kind.REAL, x.plain() && p.plain(), false);
            }
            case "steps": {
                arity(c, args, 1, errors);
                Typed x = args.get(0);
                number(c, x, errors);
                if (!x.plain() && !x.unit().sameDimension(Generator.MS)) {
                    throw errors.error(line, "steps() needs a time, got " + x.unit());
                }
                return new Typed("steps(" + conv.convert(x, Generator.MS) + ")", Unit.ONE, Typed.Kind.INTEGER, false, false);
            }
            case "resolution":
            case "timestep":
                arity(c, args, 0, errors);
                return Typed.real("h", Generator.MS);
            case "emit_spike":
            case "integrate_odes":
            case "print":
            case "println":
                throw errors.error(line, name + "() is a statement, not a value");
            case "convolve":
                throw errors.error(line, "convolve() is handled elsewhere");
            case "delta":
                throw errors.error(line, "delta() kernels are not supported yet");
            case "random_normal":
            case "random_uniform": {
                arity(c, args, 2, errors);
                Typed t = sameUnitCall(name.equals("random_normal") ? "randomNormal" : "randomUniform", c, args, errors, conv);
                if (rhs) {
                    throw errors.error(line, name + "() in an equation (the right-hand side must be a function of the state)");
                }
                return t;
            }
            case "random_poisson": {
                arity(c, args, 1, errors);
                Typed rate = args.get(0);
                number(c, rate, errors);
                if (!rate.plain() && !rate.unit().isDimensionless()) {
                    throw errors.error(line, "random_poisson() needs a dimensionless mean, got " + rate.unit());
                }
                if (rhs) {
                    throw errors.error(line, name + "() in an equation (the right-hand side must be a function of the state)");
                }
                return new Typed("randomPoisson(" + (rate.plain() ? rate.code() : conv.convert(rate, Unit.ONE)) + ")", Unit.ONE,
                        Typed.Kind.INTEGER, false, false);
            }
            default:
                throw errors.error(line, "unknown function '" + name + "'");
        }
    }

    private static Typed sameUnitCall(String function, Call c, List<Typed> args, Errors errors, Converter conv) {
        Typed first = null;
        for (Typed a : args) {
            number(c, a, errors);
            if (!a.plain() && first == null) {
                first = a;
            }
        }
        StringBuilder code = new StringBuilder(function).append('(');
        for (int k = 0; k < args.size(); k++) {
            Typed a = args.get(k);
            if (k > 0) {
                code.append(", ");
            }
            if (first == null || a.plain()) {
                code.append(a.code());
            } else {
                if (!a.unit().sameDimension(first.unit())) {
                    throw errors.error(c.line(), "unit mismatch in " + c.name() + "(): " + first.unit() + " and " + a.unit());
                }
                code.append(conv.convert(a, first.unit()));
            }
        }
        code.append(')');
        return new Typed(code.toString(), first == null ? Unit.ONE : first.unit(), Typed.Kind.REAL, first == null, false);
    }

    private static void arity(Call c, List<Typed> args, int n, Errors errors) {
        if (args.size() != n) {
            throw errors.error(c.line(), c.name() + "() takes " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    private static void number(Call c, Typed t, Errors errors) {
        if (!t.numeric()) {
            throw errors.error(c.line(), c.name() + "() needs numbers");
        }
    }
}
