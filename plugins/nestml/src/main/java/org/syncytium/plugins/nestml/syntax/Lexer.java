package org.syncytium.plugins.nestml.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.syncytium.plugins.nestml.syntax.Token.Kind;

/**
 * Splits NESTML text into tokens with Python-like layout: a NEWLINE ends each logical line, INDENT
 * and DEDENT mark blocks. Comments ({@code #} to end of line) and docstrings ({@code """ ... """})
 * are skipped; a line ending in {@code \} or {@code ,}, or inside open brackets, continues on the next
 * (NESTML's line escape and kernel joining).
 */
public final class Lexer {

    private static final String[] OPERATORS = {
        "...", "**", "<-", "<=", ">=", "==", "!=", "<>", "+=", "-=", "*=", "/=", "[[", "]]", "<<", ">>", "::",
        "(", ")", "[", "]", "+", "-", "*", "/", "%", "<", ">", "=", ",", ":", ";", "?", "'", "~", "|", "^", "&", "@", "."
    };

    private final String file;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int pos;
    private int line = 1;

    private Lexer(String file, String text) {
        this.file = file;
        this.text = text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The tokens of {@code text}; {@code file} names it in errors. */
    public static List<Token> tokenize(String file, String text) {
        Lexer lexer = new Lexer(file, text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        indents.push(0);
        while (pos < text.length()) {
            logicalLine();
        }
        while (indents.peek() > 0) {
            indents.pop();
            tokens.add(new Token(Kind.DEDENT, "", line));
        }
        tokens.add(new Token(Kind.END, "", line));
    }

    /** One physical line start: measures indentation, then reads tokens to the end of the logical line. */
    private void logicalLine() {
        int indent = 0;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            indent += text.charAt(pos) == '\t' ? 8 - indent % 8 : 1;
            pos++;
        }
        if (pos >= text.length()) {
            return;
        }
        char c = text.charAt(pos);
        if (c == '\n') {
            pos++;
            line++;
            return;
        }
        if (c == '#') {
            skipComment();
            return;
        }
        if (text.startsWith("\"\"\"", pos) || text.startsWith("r\"\"\"", pos)) {
            int start = line;
            skipDocstring();
            skipBlanksAndComment();
            if (pos < text.length() && text.charAt(pos) != '\n') {
                throw new NestmlException(file, start, "unexpected text after a docstring");
            }
            return;
        }
        if (indent > indents.peek()) {
            indents.push(indent);
            tokens.add(new Token(Kind.INDENT, "", line));
        } else {
            while (indent < indents.peek()) {
                indents.pop();
                tokens.add(new Token(Kind.DEDENT, "", line));
            }
            if (indent != indents.peek()) {
                throw new NestmlException(file, line, "inconsistent indentation (does not match any outer block)");
            }
        }
        int depth = 0;
        Token last = null;
        while (true) {
            skipBlanksAndComment();
            if (pos >= text.length()) {
                break;
            }
            char ch = text.charAt(pos);
            if (ch == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
                continue;
            }
            if (ch == '\n') {
                boolean trailingComma = last != null && last.is(",");
                if (depth > 0 || trailingComma) {
                    pos++;
                    line++;
                    continue;
                }
                break;
            }
            Token token = next();
            if (token.is("(") || token.is("[") || token.is("[[")) {
                depth++;
            } else if ((token.is(")") || token.is("]") || token.is("]]")) && depth > 0) {
                depth--;
            }
            tokens.add(token);
            last = token;
        }
        tokens.add(new Token(Kind.NEWLINE, "", line));
        if (pos < text.length()) {
            pos++;
            line++;
        }
    }

    private void skipBlanksAndComment() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '#') {
            skipComment();
        }
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipDocstring() {
        int start = line;
        pos = text.indexOf("\"\"\"", pos) + 3;
        int end = text.indexOf("\"\"\"", pos);
        if (end < 0) {
            throw new NestmlException(file, start, "docstring not closed (missing \"\"\")");
        }
        for (int k = pos; k < end; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        pos = end + 3;
    }

    private Token next() {
        char c = text.charAt(pos);
        int start = pos;
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_' || text.charAt(pos) == '$')) {
                pos++;
            }
            return new Token(Kind.NAME, text.substring(start, pos), line);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))
                && !text.startsWith("...", pos))) {
            boolean real = false;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '.' && !text.startsWith("...", pos)) {
                real = true;
                pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    real = true;
                    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save; // e.g. "2 exp" never reaches here; "2e" alone is a number then a name
                }
            }
            return new Token(real ? Kind.FLOAT : Kind.INTEGER, text.substring(start, pos), line);
        }
        if (c == '"') {
            pos++;
            while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
                if (text.charAt(pos) == '\\') {
                    pos++;
                }
                pos++;
            }
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw new NestmlException(file, line, "string literal not closed");
            }
            pos++;
            return new Token(Kind.STRING, text.substring(start + 1, pos - 1), line);
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Kind.OPERATOR, op, line);
            }
        }
        throw new NestmlException(file, line, "unexpected character '" + c + "'");
    }
}
