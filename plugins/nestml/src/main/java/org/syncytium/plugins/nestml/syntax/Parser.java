package org.syncytium.plugins.nestml.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.syncytium.plugins.nestml.syntax.Ast.*;
import org.syncytium.plugins.nestml.syntax.Token.Kind;

/**
 * Recursive-descent parser for NESTML's current syntax (the grammar of PyNestMLParser.g4: models,
 * blocks, declarations, equations, input/output, functions, onReceive/onCondition, statements and
 * expressions with NESTML's operator precedence). Produces an {@link Ast}; names are resolved later.
 */
public final class Parser {

    static final Set<String> BLOCKS = Set.of("state", "parameters", "internals", "equations", "input", "output",
            "function", "update", "onReceive", "onCondition");
    private static final Set<String> PRIMITIVES = Set.of("real", "integer", "boolean", "string", "void");

    private final String file;
    private final List<Token> tokens;
    private int pos;

    private Parser(String file, List<Token> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    /** Parses the text of a file named {@code file} (used in messages). */
    public static CompilationUnit parse(String file, String text) {
        Parser parser = new Parser(file, Lexer.tokenize(file, text));
        return parser.compilationUnit();
    }

    // ------------------------------------------------------------------ token helpers

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token advance() {
        return tokens.get(pos++);
    }

    private boolean accept(String symbol) {
        if (peek().is(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expect(String symbol, String context) {
        if (!peek().is(symbol)) {
            throw error(peek(), "expected '" + symbol + "' " + context + ", found " + peek());
        }
        return advance();
    }

    private Token expect(Kind kind, String what) {
        if (peek().kind() != kind) {
            throw error(peek(), "expected " + what + ", found " + peek());
        }
        return advance();
    }

    private String name(String what) {
        return expect(Kind.NAME, what).text();
    }

    private NestmlException error(Token at, String message) {
        return new NestmlException(file, at.line(), message);
    }

    private void skipNewlines() {
        while (peek().kind() == Kind.NEWLINE) {
            pos++;
        }
    }

    // ------------------------------------------------------------------ models and blocks

    private CompilationUnit compilationUnit() {
        List<Model> models = new ArrayList<>();
        skipNewlines();
        while (peek().kind() != Kind.END) {
            if (peek().is("neuron") || peek().is("synapse")) {
                throw error(peek(), "'" + peek().text() + " NAME:' is NESTML's old syntax; write 'model NAME:'");
            }
            if (!peek().is("model")) {
                throw error(peek(), "expected 'model NAME:', found " + peek());
            }
            models.add(model());
            skipNewlines();
        }
        if (models.isEmpty()) {
            throw new NestmlException(file, 1, "no 'model NAME:' in the file");
        }
        return new CompilationUnit(file, models);
    }

    private Model model() {
        int line = advance().line();
        String name = name("the model name after 'model'");
        expect(":", "after the model name");
        expect(Kind.NEWLINE, "end of line after 'model " + name + ":'");
        expect(Kind.INDENT, "an indented model body");
        List<Declaration> state = new ArrayList<>();
        List<Declaration> parameters = new ArrayList<>();
        List<Declaration> internals = new ArrayList<>();
        List<Equation> equations = new ArrayList<>();
        List<InputPort> inputs = new ArrayList<>();
        List<Function> functions = new ArrayList<>();
        List<OnReceive> onReceive = new ArrayList<>();
        List<OnCondition> onCondition = new ArrayList<>();
        Output output = null;
        Block update = null;
        int updateLine = 0;
        Set<String> seenBlocks = new java.util.HashSet<>();
        while (peek().kind() != Kind.DEDENT && peek().kind() != Kind.END) {
            Token head = peek();
            if (head.kind() == Kind.NEWLINE) {
                pos++;
                continue;
            }
            if (head.kind() != Kind.NAME || !BLOCKS.contains(head.text())) {
                throw error(head, "unknown block " + head + " in model " + name
                        + " (expected state, parameters, internals, equations, input, output, function, update, onReceive or onCondition)");
            }
            if (Set.of("state", "parameters", "internals").contains(head.text()) && !seenBlocks.add(head.text())) {
                // NESTML's CoCoEachBlockDefinedAtMostOnce (equations, input and output may repeat)
                throw error(head, "a second " + head.text() + " block in model " + name
                        + " (state, parameters, internals and update may each appear once)");
            }
            switch (head.text()) {
                case "state":
                    state.addAll(variableBlock());
                    break;
                case "parameters":
                    parameters.addAll(variableBlock());
                    break;
                case "internals":
                    internals.addAll(variableBlock());
                    break;
                case "equations":
                    equations.addAll(equationsBlock());
                    break;
                case "input":
                    inputs.addAll(inputBlock());
                    break;
                case "output":
                    if (output != null) {
                        throw error(head, "a second output block");
                    }
                    output = outputBlock();
                    break;
                case "function":
                    functions.add(function());
                    break;
                case "update":
                    if (update != null) {
                        throw error(head, "a second update block");
                    }
                    advance();
                    updateLine = head.line();
                    expect(":", "after 'update'");
                    update = body();
                    break;
                case "onReceive":
                    onReceive.add(onReceiveBlock());
                    break;
                default:
                    onCondition.add(onConditionBlock());
                    break;
            }
        }
        if (peek().kind() == Kind.DEDENT) {
            advance();
        }
        return new Model(name, line, state, parameters, internals, equations, inputs, output, functions, onReceive,
                onCondition, update == null ? new Block(List.of()) : update, updateLine);
    }

    /** {@code state:} / {@code parameters:} / {@code internals:} with one declaration per line. */
    private List<Declaration> variableBlock() {
        Token head = advance();
        expect(":", "after '" + head.text() + "'");
        expect(Kind.NEWLINE, "end of line after '" + head.text() + ":'");
        List<Declaration> declarations = new ArrayList<>();
        if (peek().kind() != Kind.INDENT) {
            return declarations;
        }
        advance();
        while (peek().kind() != Kind.DEDENT) {
            if (peek().kind() == Kind.NEWLINE) {
                advance();
                continue;
            }
            Declaration d = declaration();
            declarations.add(d.withDecorators(decorators()));
            endOfLine();
        }
        advance();
        return declarations;
    }

    /** Decorators such as {@code @homogeneous} or {@code @nest::delay} at the end of a line, without their {@code @}. */
    private List<String> decorators() {
        accept(";");
        List<String> found = new ArrayList<>();
        while (peek().is("@")) {
            advance();
            String decorator = name("a decorator name");
            if (accept("::")) {
                decorator += "::" + name("a decorator name");
            }
            found.add(decorator);
        }
        return found;
    }

    private void endOfLine() {
        decorators(); // read and ignored where they carry no meaning here
        if (peek().kind() != Kind.NEWLINE) {
            throw error(peek(), "unexpected " + peek() + " (expected end of line)");
        }
        advance();
    }

    private Declaration declaration() {
        int line = peek().line();
        boolean recordable = accept("recordable");
        boolean inline = accept("inline");
        List<String> names = new ArrayList<>();
        names.add(primed(name("a variable name")));
        Expr size = null;
        if (accept("[")) {
            size = expression();
            expect("]", "after a vector size");
        }
        while (accept(",")) {
            names.add(primed(name("a variable name")));
        }
        Type type = dataType("the type of " + names.get(0));
        Expr init = null;
        if (accept("=")) {
            init = expression();
        }
        Expr invariant = null;
        if (accept("[[")) {
            invariant = expression();
            expect("]]", "to close the invariant");
        }
        return new Declaration(names, size, type, init, invariant, recordable, inline, line, List.of());
    }

    /** A declared name with its primes, e.g. {@code g_ex'} (the derivative state of a second-order ODE). */
    private String primed(String name) {
        StringBuilder b = new StringBuilder(name);
        while (accept("'")) {
            b.append('\'');
        }
        return b.toString();
    }

    private List<Equation> equationsBlock() {
        advance();
        expect(":", "after 'equations'");
        expect(Kind.NEWLINE, "end of line after 'equations:'");
        List<Equation> equations = new ArrayList<>();
        if (peek().kind() != Kind.INDENT) {
            return equations;
        }
        advance();
        while (peek().kind() != Kind.DEDENT) {
            Token head = peek();
            if (head.kind() == Kind.NEWLINE) {
                advance();
                continue;
            }
            if (head.is("kernel")) {
                advance();
                List<String> names = new ArrayList<>();
                List<Integer> orders = new ArrayList<>();
                List<Expr> exprs = new ArrayList<>();
                do {
                    names.add(name("a kernel name"));
                    int order = 0;
                    while (accept("'")) {
                        order++;
                    }
                    orders.add(order);
                    expect("=", "in a kernel definition");
                    exprs.add(expression());
                } while (accept(","));
                equations.add(new Kernel(names, orders, exprs, head.line()));
            } else if (head.is("inline") || head.is("recordable")) {
                boolean recordable = accept("recordable");
                expect("inline", "(only inline expressions may be recordable in equations)");
                String name = name("the inline expression's name");
                Type type = dataType("the type of " + name);
                expect("=", "in an inline expression");
                equations.add(new Inline(name, type, expression(), recordable, head.line()));
            } else if (head.kind() == Kind.NAME) {
                String name = advance().text();
                int order = 0;
                while (accept("'")) {
                    order++;
                }
                if (order == 0) {
                    throw error(head, "'" + name + "' in equations must be an ODE (" + name
                            + "' = ...), an 'inline' or a 'kernel'");
                }
                expect("=", "in an ODE");
                equations.add(new Ode(name, order, expression(), head.line()));
            } else {
                throw error(head, "unexpected " + head + " in the equations block");
            }
            endOfLine();
        }
        advance();
        return equations;
    }

    private List<InputPort> inputBlock() {
        advance();
        expect(":", "after 'input'");
        expect(Kind.NEWLINE, "end of line after 'input:'");
        List<InputPort> ports = new ArrayList<>();
        if (peek().kind() != Kind.INDENT) {
            return ports;
        }
        advance();
        while (peek().kind() != Kind.DEDENT) {
            Token head = peek();
            if (head.kind() == Kind.NEWLINE) {
                advance();
                continue;
            }
            String name = name("an input port name");
            Expr size = null;
            if (accept("[")) {
                size = expression();
                expect("]", "after the port size");
            }
            if (accept("<-")) {
                boolean excitatory = false;
                boolean inhibitory = false;
                while (peek().is("excitatory") || peek().is("inhibitory")) {
                    if (advance().text().equals("excitatory")) {
                        excitatory = true;
                    } else {
                        inhibitory = true;
                    }
                }
                expect("spike", "after '<-' (a spike port is 'NAME <- [excitatory|inhibitory] spike')");
                ports.add(new InputPort(name, size, null, true, excitatory, inhibitory, head.line()));
            } else {
                Type unit = dataType("the unit of continuous port " + name);
                expect("<-", "in a continuous input port ('NAME UNIT <- continuous')");
                expect("continuous", "after '<-' in a port with a type");
                ports.add(new InputPort(name, size, unit, false, false, false, head.line()));
            }
            skipParenthesised();
            endOfLine();
        }
        advance();
        return ports;
    }

    /** Optional {@code (name type, ...)} attributes after a port or {@code spike}; read and ignored. */
    private void skipParenthesised() {
        if (accept("(")) {
            int depth = 1;
            while (depth > 0) {
                Token t = advance();
                if (t.kind() == Kind.END) {
                    throw error(t, "unclosed '('");
                }
                if (t.is("(")) {
                    depth++;
                } else if (t.is(")")) {
                    depth--;
                }
            }
        }
    }

    private Output outputBlock() {
        Token head = advance();
        expect(":", "after 'output'");
        expect(Kind.NEWLINE, "end of line after 'output:'");
        expect(Kind.INDENT, "an indented 'spike' or 'continuous'");
        Token kind = advance();
        if (!kind.is("spike") && !kind.is("continuous")) {
            throw error(kind, "output must be 'spike' or 'continuous', found " + kind);
        }
        skipParenthesised();
        endOfLine();
        skipNewlines();
        expect(Kind.DEDENT, "end of the output block (one output only)");
        return new Output(kind.is("spike"), head.line());
    }

    private Function function() {
        int line = advance().line();
        String name = name("the function name");
        expect("(", "after the function name");
        List<String> names = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                names.add(name("a parameter name"));
                types.add(dataType("the type of parameter " + names.get(names.size() - 1)));
            } while (accept(","));
        }
        expect(")", "to close the parameter list");
        Type returnType = peek().is(":") ? new Primitive("void", line) : dataType("the return type");
        expect(":", "after the function header");
        return new Function(name, names, types, returnType, body(), line);
    }

    private OnReceive onReceiveBlock() {
        int line = advance().line();
        expect("(", "after onReceive");
        String port = name("an input port name");
        Long priority = null;
        while (accept(",")) { // constant parameters: priority=N
            Token key = peek();
            String parameter = name("a parameter name");
            expect("=", "in an onReceive parameter");
            Token value = advance();
            if (!parameter.equals("priority")) {
                throw new NestmlException(file, key.line(), "unknown onReceive parameter '" + parameter
                        + "' (NESTML's is priority=N)");
            }
            if (value.kind() != Kind.INTEGER) {
                throw new NestmlException(file, value.line(), "onReceive priority must be a whole number, found '"
                        + value.text() + "'");
            }
            priority = Long.parseLong(value.text());
        }
        expect(")", "after the port name");
        expect(":", "after onReceive(...)");
        return new OnReceive(port, body(), line, priority);
    }

    private OnCondition onConditionBlock() {
        int line = advance().line();
        expect("(", "after onCondition");
        Expr condition = expression();
        while (accept(",")) {
            name("a parameter name");
            expect("=", "in an onCondition parameter");
            advance();
        }
        expect(")", "after the condition");
        expect(":", "after onCondition(...)");
        return new OnCondition(condition, body(), line);
    }

    // ------------------------------------------------------------------ statements

    /** NEWLINE INDENT statements DEDENT. */
    private Block body() {
        expect(Kind.NEWLINE, "end of line before an indented block");
        skipNewlines();
        expect(Kind.INDENT, "an indented block");
        List<Stmt> statements = new ArrayList<>();
        while (peek().kind() != Kind.DEDENT) {
            if (peek().kind() == Kind.NEWLINE) {
                advance();
                continue;
            }
            statements.add(statement());
        }
        advance();
        return new Block(statements);
    }

    private Stmt statement() {
        Token head = peek();
        int line = head.line();
        if (head.is("if")) {
            List<Expr> conditions = new ArrayList<>();
            List<Block> bodies = new ArrayList<>();
            advance();
            conditions.add(expression());
            expect(":", "after the if condition");
            bodies.add(body());
            Block orElse = null;
            while (true) {
                if (accept("elif")) {
                    conditions.add(expression());
                    expect(":", "after the elif condition");
                    bodies.add(body());
                } else if (accept("else")) {
                    expect(":", "after else");
                    orElse = body();
                    break;
                } else {
                    break;
                }
            }
            return new If(conditions, bodies, orElse, line);
        }
        if (head.is("for")) {
            advance();
            String variable = name("the loop variable");
            expect("in", "in a for loop");
            Expr from = expression();
            expect("...", "in a for range (for i in a ... b step s)");
            Expr to = expression();
            expect("step", "after the range of a for loop");
            boolean negative = accept("-");
            Token step = advance();
            if (step.kind() != Kind.INTEGER && step.kind() != Kind.FLOAT) {
                throw error(step, "the step of a for loop must be a number");
            }
            double value = Double.parseDouble(step.text());
            expect(":", "after the for header");
            return new For(variable, from, to, negative ? -value : value, body(), line);
        }
        if (head.is("while")) {
            advance();
            Expr condition = expression();
            expect(":", "after the while condition");
            return new While(condition, body(), line);
        }
        Stmt stmt = smallStatement();
        endOfLine();
        return stmt;
    }

    private Stmt smallStatement() {
        Token head = peek();
        int line = head.line();
        if (head.is("return")) {
            advance();
            Expr value = peek().kind() == Kind.NEWLINE ? null : expression();
            return new Return(value, line);
        }
        if (head.is("recordable") || head.is("inline")) {
            return new Declare(declaration(), line);
        }
        if (head.kind() != Kind.NAME) {
            throw error(head, "expected a statement, found " + head);
        }
        if (peek(1).is("(")) {
            Expr call = expression();
            if (!(call instanceof Call c)) {
                throw error(head, "expected a statement, found an expression");
            }
            return new CallStmt(c, line);
        }
        int save = pos;
        Var target = variable();
        Token op = peek();
        if (op.is("=") || op.is("+=") || op.is("-=") || op.is("*=") || op.is("/=")) {
            advance();
            return new Assign(target, op.text(), expression(), line);
        }
        pos = save;
        return new Declare(declaration(), line);
    }

    // ------------------------------------------------------------------ types

    private Type dataType(String what) {
        Token head = peek();
        if (head.kind() == Kind.NAME && PRIMITIVES.contains(head.text())) {
            advance();
            return new Primitive(head.text(), head.line());
        }
        if (head.kind() != Kind.NAME && !head.is("(") && head.kind() != Kind.INTEGER) {
            throw error(head, "expected " + what + ", found " + head);
        }
        return unitProduct();
    }

    private Type unitProduct() {
        Type left = unitPower();
        while (peek().is("*") || peek().is("/")) {
            Token op = advance();
            Type right = unitPower();
            left = op.is("*") ? new UnitProduct(left, right, op.line()) : new UnitQuotient(left, right, op.line());
        }
        return left;
    }

    private Type unitPower() {
        Type base = unitAtom();
        if (accept("**")) {
            boolean negative = false;
            if (accept("-")) {
                negative = true;
            } else {
                accept("+");
            }
            double exponent;
            if (accept("(")) {
                boolean innerNegative = accept("-");
                double num = Double.parseDouble(advance().text());
                expect("/", "in a fractional unit exponent");
                double den = Double.parseDouble(advance().text());
                expect(")", "after a fractional unit exponent");
                exponent = (innerNegative ? -num : num) / den;
            } else {
                Token t = advance();
                if (t.kind() != Kind.INTEGER && t.kind() != Kind.FLOAT) {
                    throw error(t, "a unit exponent must be a number, found " + t);
                }
                exponent = Double.parseDouble(t.text());
            }
            return new UnitPower(base, negative ? -exponent : exponent, base.line());
        }
        return base;
    }

    private Type unitAtom() {
        Token t = advance();
        if (t.is("(")) {
            Type inner = unitProduct();
            expect(")", "in a unit type");
            return inner;
        }
        if (t.kind() == Kind.INTEGER || t.kind() == Kind.FLOAT) {
            return new UnitNumber(Double.parseDouble(t.text()), t.line());
        }
        if (t.kind() == Kind.NAME) {
            return new UnitName(t.text(), t.line());
        }
        throw error(t, "expected a unit, found " + t);
    }

    // ------------------------------------------------------------------ expressions (lowest precedence first)

    private Expr expression() {
        Expr condition = or();
        if (peek().is("?")) {
            int line = advance().line();
            Expr ifTrue = expression();
            expect(":", "in a conditional expression (c ? a : b)");
            Expr ifFalse = expression();
            return new Ternary(condition, ifTrue, ifFalse, line);
        }
        return condition;
    }

    private Expr or() {
        Expr left = and();
        while (peek().is("or")) {
            int line = advance().line();
            left = new Binary("or", left, and(), line);
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().is("and")) {
            int line = advance().line();
            left = new Binary("and", left, not(), line);
        }
        return left;
    }

    private Expr not() {
        if (peek().is("not")) {
            int line = advance().line();
            return new Unary("not", not(), line);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = bits();
        while (true) {
            Token t = peek();
            if (t.is("<") || t.is("<=") || t.is("==") || t.is("!=") || t.is("<>") || t.is(">=") || t.is(">")) {
                advance();
                left = new Binary(t.is("<>") ? "!=" : t.text(), left, bits(), t.line());
            } else {
                return left;
            }
        }
    }

    private Expr bits() {
        Expr left = sum();
        while (true) {
            Token t = peek();
            if (t.is("&") || t.is("^") || t.is("|") || t.is("<<") || t.is(">>")) {
                advance();
                left = new Binary(t.text(), left, sum(), t.line());
            } else {
                return left;
            }
        }
    }

    private Expr sum() {
        Expr left = product();
        while (peek().is("+") || peek().is("-")) {
            Token t = advance();
            left = new Binary(t.text(), left, product(), t.line());
        }
        return left;
    }

    private Expr product() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("%")) {
            Token t = advance();
            left = new Binary(t.text(), left, unary(), t.line());
        }
        return left;
    }

    private Expr unary() {
        Token t = peek();
        if (t.is("-") || t.is("+") || t.is("~")) {
            advance();
            return new Unary(t.text(), unary(), t.line());
        }
        return power();
    }

    private Expr power() {
        Expr base = atom();
        if (peek().is("**")) {
            int line = advance().line();
            return new Binary("**", base, unary(), line); // right-associative, exponent may be signed
        }
        return base;
    }

    private Expr atom() {
        Token t = advance();
        switch (t.kind()) {
            case INTEGER:
            case FLOAT: {
                Expr number = new Num(Double.parseDouble(t.text()), t.kind() == Kind.INTEGER, t.line());
                // "10 mV": a number directly followed by a unit or variable multiplies it
                if (peek().kind() == Kind.NAME && !isKeywordAfterOperand(peek().text()) && !peek(1).is("(")) {
                    Var unit = variable();
                    return new Binary("*", number, unit, t.line());
                }
                return number;
            }
            case STRING:
                return new Str(t.text(), t.line());
            case NAME:
                if (t.text().equals("true") || t.text().equals("True")) {
                    return new Bool(true, t.line());
                }
                if (t.text().equals("false") || t.text().equals("False")) {
                    return new Bool(false, t.line());
                }
                if (t.text().equals("inf")) {
                    return new Inf(t.line());
                }
                if (peek().is("(")) {
                    advance();
                    List<Expr> args = new ArrayList<>();
                    if (!peek().is(")")) {
                        do {
                            args.add(expression());
                        } while (accept(","));
                    }
                    expect(")", "to close the call of " + t.text());
                    return new Call(t.text(), args, t.line());
                }
                pos--;
                return variable();
            case OPERATOR:
                if (t.is("(")) {
                    Expr inner = expression();
                    expect(")", "to close '('");
                    return inner;
                }
                break;
            default:
                break;
        }
        throw error(t, "expected an expression, found " + t);
    }

    private static boolean isKeywordAfterOperand(String name) {
        return name.equals("and") || name.equals("or") || name.equals("step") || name.equals("in") || name.equals("not");
    }

    private Var variable() {
        Token t = expect(Kind.NAME, "a variable name");
        Expr index = null;
        if (peek().is("[") ) {
            advance();
            index = expression();
            expect("]", "after an index");
        }
        int order = 0;
        while (accept("'")) {
            order++;
        }
        return new Var(t.text(), index, order, t.line());
    }
}
