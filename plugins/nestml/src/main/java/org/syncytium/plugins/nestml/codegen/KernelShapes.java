package org.syncytium.plugins.nestml.codegen;

import java.util.ArrayList;
import java.util.List;

import org.syncytium.plugins.nestml.syntax.Ast.*;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/**
 * Writes a kernel K(t) as a sum of terms A·t^n·exp(-t/τ) with n ∈ {0, 1}: exponential (one term, n = 0),
 * alpha ((e/τ)·t·exp(-t/τ), n = 1) and beta (a difference of two exponentials) kernels. Each term becomes
 * ODE states: n = 0 → x' = -x/τ, a spike of weight w adds w·A to x; n = 1 → d' = -d/τ, x' = d - x/τ, the
 * spike adds w·A to d (NEST's form for alpha-shaped currents). Anything else is an unsupported shape.
 */
final class KernelShapes {

    /** One term A·t^power·exp(-t/tau). */
    record Term(Expr amplitude, int power, Expr tau) {
    }

    /** A partial product while decomposing: amplitude factor (null = 1), power of t, tau (null = no exp). */
    private record Part(Expr amplitude, int power, Expr tau, boolean negative) {
    }

    private static final String SUPPORTED =
            "supported kernels: sums of A*exp(-t/tau) and A*t*exp(-t/tau) (exponential, alpha, beta shapes)";

    private KernelShapes() {
    }

    static List<Term> decompose(Expr kernel, String file, int line) {
        List<Part> parts = parts(kernel, file, line);
        List<Term> terms = new ArrayList<>();
        for (Part p : parts) {
            if (p.tau() == null) {
                throw new NestmlException(file, line, "unsupported kernel shape '" + Printer.print(kernel) + "' (a term without exp(-t/tau); "
                        + SUPPORTED + ")");
            }
            if (p.power() > 1) {
                throw new NestmlException(file, line, "unsupported kernel shape '" + Printer.print(kernel) + "' (t to the power "
                        + p.power() + "; " + SUPPORTED + ")");
            }
            Expr amplitude = p.amplitude() == null ? new Num(1, false, line) : p.amplitude();
            if (p.negative()) {
                amplitude = new Unary("-", amplitude, line);
            }
            terms.add(new Term(amplitude, p.power(), p.tau()));
        }
        return terms;
    }

    private static List<Part> parts(Expr e, String file, int line) {
        if (!dependsOnT(e)) {
            return List.of(new Part(e, 0, null, false));
        }
        if (e instanceof Var v && v.name().equals("t") && v.order() == 0) {
            return List.of(new Part(null, 1, null, false));
        }
        if (e instanceof Call c && c.name().equals("exp") && c.args().size() == 1) {
            return List.of(new Part(null, 0, tau(c.args().get(0), file, line), false));
        }
        if (e instanceof Call c && c.name().equals("delta")) {
            throw new NestmlException(file, line, "delta(t) can only be a whole kernel (A * delta(t)), not a term of a sum ("
                    + SUPPORTED + ")");
        }
        if (e instanceof Unary u && u.op().equals("-")) {
            List<Part> out = new ArrayList<>();
            for (Part p : parts(u.operand(), file, line)) {
                out.add(new Part(p.amplitude(), p.power(), p.tau(), !p.negative()));
            }
            return out;
        }
        if (e instanceof Unary u && u.op().equals("+")) {
            return parts(u.operand(), file, line);
        }
        if (e instanceof Binary b) {
            switch (b.op()) {
                case "+":
                case "-": {
                    List<Part> out = new ArrayList<>(parts(b.left(), file, line));
                    for (Part p : parts(b.right(), file, line)) {
                        out.add(b.op().equals("-") ? new Part(p.amplitude(), p.power(), p.tau(), !p.negative()) : p);
                    }
                    return out;
                }
                case "*": {
                    List<Part> out = new ArrayList<>();
                    for (Part l : parts(b.left(), file, line)) {
                        for (Part r : parts(b.right(), file, line)) {
                            if (l.tau() != null && r.tau() != null) {
                                throw new NestmlException(file, line, "unsupported kernel shape (a product of exponentials; "
                                        + SUPPORTED + ")");
                            }
                            out.add(new Part(multiply(l.amplitude(), r.amplitude(), line), l.power() + r.power(),
                                    l.tau() != null ? l.tau() : r.tau(), l.negative() != r.negative()));
                        }
                    }
                    return out;
                }
                case "/":
                    if (!dependsOnT(b.right())) {
                        List<Part> out = new ArrayList<>();
                        for (Part p : parts(b.left(), file, line)) {
                            Expr amp = p.amplitude() == null ? new Binary("/", new Num(1, false, line), b.right(), line)
                                    : new Binary("/", p.amplitude(), b.right(), line);
                            out.add(new Part(amp, p.power(), p.tau(), p.negative()));
                        }
                        return out;
                    }
                    break;
                default:
                    break;
            }
        }
        throw new NestmlException(file, line, "unsupported kernel shape '" + Printer.print(e) + "' (" + SUPPORTED + ")");
    }

    private static Expr multiply(Expr a, Expr b, int line) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Binary("*", a, b, line);
    }

    /** τ of exp(arg) with arg = -t/τ; the common spellings keep τ as written so that -x/τ rounds as in NEST. */
    private static Expr tau(Expr arg, String file, int line) {
        Expr c = coefficient(arg);
        if (c == null) {
            throw new NestmlException(file, line, "unsupported kernel shape: exp(" + Printer.print(arg) + ") is not exp(-t/tau) ("
                    + SUPPORTED + ")");
        }
        // c = -1/tau in one of its spellings
        if (c instanceof Binary b && b.op().equals("/") && isMinusOne(b.left())) {
            return b.right();
        }
        if (c instanceof Unary u && u.op().equals("-") && u.operand() instanceof Binary b && b.op().equals("/") && isOne(b.left())) {
            return b.right();
        }
        if (c instanceof Binary m && m.op().equals("*") && isOne(m.right())) {
            return tau(new Binary("*", m.left(), new Var("t", null, 0, line), line), file, line);
        }
        return new Binary("/", new Unary("-", new Num(1, false, line), line), c, line);
    }

    private static boolean isOne(Expr e) {
        return e instanceof Num n && n.value() == 1;
    }

    private static boolean isMinusOne(Expr e) {
        return e instanceof Unary u && u.op().equals("-") && isOne(u.operand()) || e instanceof Num n && n.value() == -1;
    }

    /** c with arg = c·t, or null if arg is not linear in t. */
    private static Expr coefficient(Expr e) {
        if (e instanceof Var v && v.name().equals("t")) {
            return new Num(1, false, v.line());
        }
        if (e instanceof Unary u && u.op().equals("-")) {
            Expr c = coefficient(u.operand());
            if (c instanceof Num n && n.value() == 1) {
                return new Unary("-", c, u.line());
            }
            return c == null ? null : new Unary("-", c, u.line());
        }
        if (e instanceof Binary b) {
            if (b.op().equals("*")) {
                if (!dependsOnT(b.left())) {
                    Expr c = coefficient(b.right());
                    return c == null ? null : isOne(c) ? b.left() : new Binary("*", b.left(), c, b.line());
                }
                if (!dependsOnT(b.right())) {
                    Expr c = coefficient(b.left());
                    return c == null ? null : isOne(c) ? b.right() : new Binary("*", c, b.right(), b.line());
                }
            }
            if (b.op().equals("/") && !dependsOnT(b.right())) {
                Expr c = coefficient(b.left());
                return c == null ? null : new Binary("/", c, b.right(), b.line());
            }
        }
        return null;
    }

    /** A for a kernel A·delta(t) (delta(t), c * delta(t), delta(t) / c, -delta(t)), or null for any other shape. */
    static Expr deltaAmplitude(Expr e) {
        if (e instanceof Call c && c.name().equals("delta")) {
            return new Num(1, false, c.line());
        }
        if (e instanceof Unary u && u.op().equals("-")) {
            Expr a = deltaAmplitude(u.operand());
            return a == null ? null : new Unary("-", a, u.line());
        }
        if (e instanceof Binary b && b.op().equals("*")) {
            if (!dependsOnT(b.left())) {
                Expr a = deltaAmplitude(b.right());
                return a == null ? null : new Binary("*", b.left(), a, b.line());
            }
            if (!dependsOnT(b.right())) {
                Expr a = deltaAmplitude(b.left());
                return a == null ? null : new Binary("*", a, b.right(), b.line());
            }
        }
        if (e instanceof Binary b && b.op().equals("/") && !dependsOnT(b.right())) {
            Expr a = deltaAmplitude(b.left());
            return a == null ? null : new Binary("/", a, b.right(), b.line());
        }
        return null;
    }

    static boolean dependsOnT(Expr e) {
        if (e instanceof Var v) {
            return v.name().equals("t") || v.index() != null && dependsOnT(v.index());
        }
        if (e instanceof Call c) {
            return c.args().stream().anyMatch(KernelShapes::dependsOnT);
        }
        if (e instanceof Unary u) {
            return dependsOnT(u.operand());
        }
        if (e instanceof Binary b) {
            return dependsOnT(b.left()) || dependsOnT(b.right());
        }
        if (e instanceof Ternary t) {
            return dependsOnT(t.condition()) || dependsOnT(t.ifTrue()) || dependsOnT(t.ifFalse());
        }
        return false;
    }
}
