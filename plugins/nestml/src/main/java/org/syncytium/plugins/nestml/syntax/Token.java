package org.syncytium.plugins.nestml.syntax;

/**
 * One lexical token of a NESTML file.
 *
 * @param kind what it is
 * @param text its text (operator symbols as written, names, literal text)
 * @param line 1-based line where it starts
 */
public record Token(Kind kind, String text, int line) {

    /** Token kinds; keywords are {@link #NAME}s recognised by the parser. */
    public enum Kind { NAME, INTEGER, FLOAT, STRING, OPERATOR, NEWLINE, INDENT, DEDENT, END }

    /** True if this is the operator or name {@code symbol}. */
    public boolean is(String symbol) {
        return (kind == Kind.OPERATOR || kind == Kind.NAME) && text.equals(symbol);
    }

    @Override
    public String toString() {
        switch (kind) {
            case NEWLINE:
                return "end of line";
            case INDENT:
                return "indentation";
            case DEDENT:
                return "end of block";
            case END:
                return "end of file";
            default:
                return "'" + text + "'";
        }
    }
}
