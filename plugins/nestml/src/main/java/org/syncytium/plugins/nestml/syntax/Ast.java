package org.syncytium.plugins.nestml.syntax;

import java.util.List;

/**
 * The syntax tree of a NESTML file, as written (names unresolved, units as text). Every node knows its
 * line for error messages.
 */
public final class Ast {

    private Ast() {
    }

    /** A file: one or more models. */
    public record CompilationUnit(String file, List<Model> models) {
    }

    /** {@code model NAME:} with its blocks; lists are empty where a block is absent. */
    public record Model(String name, int line, List<Declaration> state, List<Declaration> parameters,
            List<Declaration> internals, List<Equation> equations, List<InputPort> inputs, Output output,
            List<Function> functions, List<OnReceive> onReceive, List<OnCondition> onCondition, Block update,
            int updateLine) {
    }

    // ------------------------------------------------------------------ types

    /** A data type: {@code real}, {@code integer}, {@code boolean}, {@code string}, {@code void}, or a unit. */
    public sealed interface Type permits Primitive, UnitName, UnitProduct, UnitQuotient, UnitPower, UnitNumber {
        int line();
    }

    public record Primitive(String name, int line) implements Type {
    }

    public record UnitName(String name, int line) implements Type {
    }

    public record UnitProduct(Type left, Type right, int line) implements Type {
    }

    public record UnitQuotient(Type left, Type right, int line) implements Type {
    }

    public record UnitPower(Type base, double exponent, int line) implements Type {
    }

    /** A plain number inside a unit type, as the 1 of {@code 1/ms}. */
    public record UnitNumber(double value, int line) implements Type {
    }

    // ------------------------------------------------------------------ declarations and equations

    /**
     * {@code [recordable] [inline] a, b TYPE [= expr] [[[invariant]]] [@decorator ...]}; decorators
     * without their {@code @} ({@code homogeneous}, {@code nest::delay}).
     */
    public record Declaration(List<String> names, Expr vectorSize, Type type, Expr init, Expr invariant,
            boolean recordable, boolean inline, int line, List<String> decorators) {

        Declaration withDecorators(List<String> found) {
            return new Declaration(names, vectorSize, type, init, invariant, recordable, inline, line, List.copyOf(found));
        }
    }

    /** An entry of the equations block. */
    public sealed interface Equation permits Inline, Ode, Kernel {
        int line();
    }

    /** {@code [recordable] inline NAME TYPE = expr}. */
    public record Inline(String name, Type type, Expr expr, boolean recordable, int line) implements Equation {
    }

    /** {@code x' = expr} (or {@code x'' = expr}). */
    public record Ode(String name, int order, Expr rhs, int line) implements Equation {
    }

    /** {@code kernel K = expr [, K2 = expr ...]}; {@code order} &gt; 0 for ODE-form kernels {@code K' = ...}. */
    public record Kernel(List<String> names, List<Integer> orders, List<Expr> exprs, int line) implements Equation {
    }

    /** A spike or continuous input port; {@code unit} is null for spike ports. */
    public record InputPort(String name, Expr size, Type unit, boolean spike, boolean excitatory, boolean inhibitory,
            int line) {
    }

    /** {@code output: spike} or {@code output: continuous}. */
    public record Output(boolean spike, int line) {
    }

    /** {@code function NAME(params) TYPE:} with a body. */
    public record Function(String name, List<String> parameterNames, List<Type> parameterTypes, Type returnType,
            Block body, int line) {
    }

    /** {@code onReceive(port, priority=N)}: handlers of one step run from the highest priority down (0 if none). */
    /** {@code priority}: the handler's {@code priority=N}, null where none is given. */
    public record OnReceive(String port, Block body, int line, Long priority) {
    }

    public record OnCondition(Expr condition, Block body, int line) {
    }

    // ------------------------------------------------------------------ statements

    public record Block(List<Stmt> statements) {
    }

    public sealed interface Stmt permits Assign, CallStmt, Declare, Return, If, For, While {
        int line();
    }

    /** {@code x op expr} with op one of {@code = += -= *= /=}. */
    public record Assign(Var target, String op, Expr value, int line) implements Stmt {
    }

    public record CallStmt(Call call, int line) implements Stmt {
    }

    public record Declare(Declaration declaration, int line) implements Stmt {
    }

    public record Return(Expr value, int line) implements Stmt {
    }

    /** if / elif ... / else: {@code conditions.size() == bodies.size()}, {@code orElse} may be null. */
    public record If(List<Expr> conditions, List<Block> bodies, Block orElse, int line) implements Stmt {
    }

    /** {@code for v in from ... to step s:}. */
    public record For(String variable, Expr from, Expr to, double step, Block body, int line) implements Stmt {
    }

    public record While(Expr condition, Block body, int line) implements Stmt {
    }

    // ------------------------------------------------------------------ expressions

    public sealed interface Expr permits Num, Str, Bool, Inf, Var, Call, Unary, Binary, Ternary {
        int line();
    }

    /** A number literal; {@code integer} if written without point or exponent. */
    public record Num(double value, boolean integer, int line) implements Expr {
    }

    public record Str(String value, int line) implements Expr {
    }

    public record Bool(boolean value, int line) implements Expr {
    }

    public record Inf(int line) implements Expr {
    }

    /** A name (variable, unit or constant), optionally indexed and with a differential order. */
    public record Var(String name, Expr index, int order, int line) implements Expr {
    }

    public record Call(String name, List<Expr> args, int line) implements Expr {
    }

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    public record Unary(String op, Expr operand, int line) implements Expr {
    }

    /** Arithmetic, comparison, logical ({@code and}, {@code or}) and bit operators. */
    public record Binary(String op, Expr left, Expr right, int line) implements Expr {
    }

    public record Ternary(Expr condition, Expr ifTrue, Expr ifFalse, int line) implements Expr {
    }
}
