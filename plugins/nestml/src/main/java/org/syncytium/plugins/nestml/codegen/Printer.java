package org.syncytium.plugins.nestml.codegen;

import org.syncytium.plugins.nestml.syntax.Ast.*;

/** Prints expressions and types back as NESTML text, for messages. */
final class Printer {

    private Printer() {
    }

    static String print(Expr e) {
        if (e instanceof Num n) {
            return n.integer() ? String.valueOf((long) n.value()) : String.valueOf(n.value());
        }
        if (e instanceof Str s) {
            return "\"" + s.value() + "\"";
        }
        if (e instanceof Bool b) {
            return String.valueOf(b.value());
        }
        if (e instanceof Inf) {
            return "inf";
        }
        if (e instanceof Var v) {
            return v.name() + (v.index() != null ? "[" + print(v.index()) + "]" : "") + "'".repeat(v.order());
        }
        if (e instanceof Call c) {
            StringBuilder b = new StringBuilder(c.name()).append('(');
            for (int k = 0; k < c.args().size(); k++) {
                b.append(k == 0 ? "" : ", ").append(print(c.args().get(k)));
            }
            return b.append(')').toString();
        }
        if (e instanceof Unary u) {
            return u.op().equals("not") ? "not " + print(u.operand()) : u.op() + print(u.operand());
        }
        if (e instanceof Ternary t) {
            return print(t.condition()) + " ? " + print(t.ifTrue()) + " : " + print(t.ifFalse());
        }
        Binary b = (Binary) e;
        if (isQuantity(b)) {
            return print(b.left()) + " " + print(b.right());
        }
        return wrap(b.left()) + " " + b.op() + " " + wrap(b.right());
    }

    /** A number times a name, as written in {@code 10 mV}. */
    private static boolean isQuantity(Expr e) {
        return e instanceof Binary b && b.op().equals("*") && b.left() instanceof Num && b.right() instanceof Var v
                && v.index() == null && v.order() == 0;
    }

    private static String wrap(Expr e) {
        return (e instanceof Binary && !isQuantity(e)) || e instanceof Ternary ? "(" + print(e) + ")" : print(e);
    }

    static String print(Type t) {
        if (t instanceof Primitive p) {
            return p.name();
        }
        if (t instanceof UnitName n) {
            return n.name();
        }
        if (t instanceof UnitProduct p) {
            return print(p.left()) + "*" + print(p.right());
        }
        if (t instanceof UnitQuotient q) {
            String right = q.right() instanceof UnitName || q.right() instanceof UnitPower ? print(q.right()) : "(" + print(q.right()) + ")";
            return print(q.left()) + "/" + right;
        }
        if (t instanceof UnitPower p) {
            double e = p.exponent();
            return print(p.base()) + "**" + (e == Math.rint(e) ? String.valueOf((long) e) : String.valueOf(e));
        }
        UnitNumber n = (UnitNumber) t;
        return n.value() == Math.rint(n.value()) ? String.valueOf((long) n.value()) : String.valueOf(n.value());
    }
}
