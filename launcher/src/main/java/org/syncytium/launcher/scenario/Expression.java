package org.syncytium.launcher.scenario;

/**
 * A tiny arithmetic evaluator for parameter expressions such as {@code 500 * 30} (after the
 * {@code ${name}} references were replaced by their values): numbers, {@code + - * /}, unary minus
 * and parentheses. The result is a {@link Long} when every operand is an integer and no division
 * is involved, a {@link Double} otherwise, so that {@code ${n_neuron} * ${gap_per_neuron}} stays a
 * count.
 */
final class Expression {

    private final String text;
    /** Deepest nesting of parentheses and signs (a runaway text must not overflow the stack). */
    static final int MAX_NESTING = 100;

    private int pos;
    private int nesting;
    private boolean real;

    private Expression(String text) {
        this.text = text;
    }

    /** True if {@code text} contains only characters an expression may contain and an operator. */
    static boolean looksArithmetic(String text) {
        return text.matches("[\\s0-9.eE+\\-*/()]+") && text.matches(".*[0-9].*")
                && text.trim().replaceFirst("^[-+]", "").matches(".*[-+*/].*");
    }

    /**
     * Evaluates {@code text}.
     *
     * @throws IllegalArgumentException with a short reason if it is not a valid expression
     */
    static Number evaluate(String text) {
        Expression e = new Expression(text);
        double value = e.sum();
        e.skipSpace();
        if (e.pos != text.length()) {
            throw new IllegalArgumentException("unexpected \"" + text.substring(e.pos) + "\"");
        }
        if (!e.real && value == Math.rint(value) && Math.abs(value) < 9.0e15) {
            return (long) value;
        }
        return value;
    }

    private double sum() {
        double value = product();
        while (true) {
            skipSpace();
            if (accept('+')) {
                value += product();
            } else if (accept('-')) {
                value -= product();
            } else {
                return value;
            }
        }
    }

    private double product() {
        double value = factor();
        while (true) {
            skipSpace();
            if (accept('*')) {
                value *= factor();
            } else if (accept('/')) {
                real = true;
                value /= factor();
            } else {
                return value;
            }
        }
    }

    private double factor() {
        if (++nesting > MAX_NESTING) {
            throw new IllegalArgumentException("nested more than " + MAX_NESTING + " deep");
        }
        try {
            return unnestedFactor();
        } finally {
            nesting--;
        }
    }

    private double unnestedFactor() {
        skipSpace();
        if (accept('-')) {
            return -factor();
        }
        if (accept('+')) {
            return factor();
        }
        if (accept('(')) {
            double value = sum();
            skipSpace();
            if (!accept(')')) {
                throw new IllegalArgumentException("missing )");
            }
            return value;
        }
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == 'e' || text.charAt(pos) == 'E'
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && pos > start
                        && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException(pos < text.length() ? "unexpected \"" + text.charAt(pos) + "\"" : "missing operand");
        }
        String number = text.substring(start, pos);
        if (number.contains(".") || number.contains("e") || number.contains("E")) {
            real = true;
        }
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("not a number: " + number);
        }
    }

    private boolean accept(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
