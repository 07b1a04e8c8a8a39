package org.syncytium.plugins.nestml.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.syncytium.plugins.nestml.runtime.ModelLayout;
import org.syncytium.plugins.nestml.runtime.ModelLayout.Column;
import org.syncytium.plugins.nestml.runtime.SynapseLayout;
import org.syncytium.plugins.nestml.syntax.Ast;
import org.syncytium.plugins.nestml.syntax.Ast.*;
import org.syncytium.plugins.nestml.syntax.NestmlException;
import org.syncytium.plugins.nestml.units.Unit;
import org.syncytium.plugins.nestml.units.Units;

/**
 * Checks one NESTML model (names, units, supported constructs) and writes the Java source of its
 * {@link org.syncytium.plugins.nestml.runtime.CompiledNeuron} subclass in the same pass: every expression
 * is emitted with the unit its value is in, and conversions between scales (ms and s, mV and V) are
 * inserted where NESTML's unit rules require them. Errors are {@link NestmlException}s with file:line.
 *
 * <p>Numbers are kept in the units the file declares; the ODE right-hand side of {@code x' = ...} is in
 * unit(x) per ms (NEST's time unit). Kernels become extra ODE states (see {@link KernelShapes}).
 */
public final class Generator {

    /** Time unit of the simulator: the RKF45 step, {@code t} and {@code resolution()} are in ms. */
    static final Unit MS = Units.lookup("ms").orElseThrow();

    private enum SymKind { PARAMETER, INTERNAL, STATE, INLINE, SPIKE_PORT, CONTINUOUS_PORT, KERNEL }

    /** A name of the model. */
    private static final class Sym {
        final String name;
        final SymKind kind;
        final Unit unit;
        final Typed.Kind type;
        final String typeText;
        final int line;
        int column = -1;
        int ode = -1;
        Expr expr;
        Ast.InputPort port;
        Ast.Kernel kernel;
        int kernelIndex;
        /** The declaration's decorators without their @ (homogeneous, nest::delay, ...). */
        List<String> decorators = List.of();
        /** A vector variable ({@code x[N]}): its index in {@link #vectorSyms}, else -1. */
        int vector = -1;
        /** A vector's size as declared: an integer literal or an integer parameter. */
        Expr sizeExpr;
        /** The vector's size: the parameter that sets it, or null for {@link #sizeLiteral}. */
        Sym sizeParam;
        int sizeLiteral;
        /** A vector spike port's element ports, in index order; null for other symbols. */
        List<Sym> elements;
        /** NEST's receptor name of a spike port (element): the upper-case port name, {@code _i} for element i. */
        String receptorName;

        Sym(String name, SymKind kind, Unit unit, Typed.Kind type, String typeText, int line) {
            this.name = name;
            this.kind = kind;
            this.unit = unit;
            this.type = type;
            this.typeText = typeText;
            this.line = line;
        }
    }

    /** A local variable of a block or function. */
    private record Local(String javaName, Unit unit, Typed.Kind type) {
    }

    /** Where an expression is emitted. */
    private static final class Ctx {
        final boolean rhs;
        final Map<String, Local> locals = new LinkedHashMap<>();
        final Ctx parent;
        Unit returnUnit;
        Typed.Kind returnType;

        Ctx(boolean rhs, Ctx parent) {
            this.rhs = rhs;
            this.parent = parent;
            if (parent != null) {
                returnUnit = parent.returnUnit;
                returnType = parent.returnType;
            }
        }

        Local find(String name) {
            for (Ctx c = this; c != null; c = c.parent) {
                Local l = c.locals.get(name);
                if (l != null) {
                    return l;
                }
            }
            return null;
        }
    }

    /** One state pair or single state a kernel term needs for one port. */
    private static final class KernelState {
        boolean delta;         // a delta kernel: valueName is a field that is 0 except while computing jumps
        String valueName;      // x
        String derivName;      // d for t·exp terms, else null
        int tauColumn;
        int ampColumn;
        KernelShapes.Term term;
        String port;
        Unit unit;             // unit of x
        Unit ampUnit;
    }

    private final String file;
    private final Ast.Model model;
    private final GapOptions gap;
    /** How the numeric ODEs advance (NESTML's {@code numeric_solver}). */
    private NumericSolver numericSolver = NumericSolver.RKF45;
    private final SynapseOptions synapseOptions;
    /** Generating a synapse model ({@link #runSynapse()}); the expression and statement emitters are shared. */
    private final boolean synapse;
    private final String className;
    private final String[] lines;

    private final Map<String, Sym> symbols = new LinkedHashMap<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<Sym> columnSyms = new ArrayList<>();
    /** Vector variables ({@code x[N]}), one array per neuron each, in declaration order. */
    private final List<Sym> vectorSyms = new ArrayList<>();
    /** Parameters, internals and state, scalars and vectors, in declaration order. */
    private final List<Sym> declared = new ArrayList<>();
    private final List<String> odeStates = new ArrayList<>(); // ODE index -> java field name
    private final List<Expr> odeRhs = new ArrayList<>();      // null for kernel states (emitted specially)
    private final List<Sym> odeSyms = new ArrayList<>();
    /** For ODE-form kernel copies: the kernel's names mapped to the copy's fields; null otherwise. */
    private final List<Map<String, Local>> odeRenames = new ArrayList<>();
    private final Map<String, Integer> odeLines = new HashMap<>();
    /** Fields of kernel states of ODE-form kernels, always integrated. */
    private final List<String> odeKernelFields = new ArrayList<>();
    /** Jumps of ODE-form kernel states: field += port * amplitude field. */
    private final List<String[]> odeKernelJumps = new ArrayList<>();
    private final Map<String, List<KernelState>> convolutions = new LinkedHashMap<>(); // "K|port"
    private final List<KernelState> kernelStates = new ArrayList<>();
    private final List<KernelState> deltaStates = new ArrayList<>();
    /** Spike ports read in an equation as a train of delta pulses, by port (element) name: their jump states. */
    private final Map<String, KernelState> portDeltas = new HashMap<>();
    /** Java code of each ODE's right-hand side (before the integrate_odes mask), by ODE index. */
    private final Map<Integer, String> odeRhsCode = new HashMap<>();
    private final Map<String, Ast.Function> functions = new HashMap<>();
    private final Set<String> inlineInProgress = new HashSet<>();
    private final List<String> recordableInlines = new ArrayList<>();
    /**
     * A kernel of several terms convolved with a port, recordable as one value under NESTML's name
     * {@code K__X__port} (its states are {@code K__X__port__0}, {@code __1}, ...): name, Java code of the sum.
     */
    private final List<String[]> kernelSums = new ArrayList<>();
    private final List<Inline> recordableInlineDecls = new ArrayList<>();
    private final List<Declaration> invariants = new ArrayList<>();
    private boolean partialIntegration;
    private int rngColumn = -1;
    /**
     * While emitting an initial value, an internal or a constraint: what is being emitted (for the
     * message), else null. Random numbers are refused there: they run before the kernel hands out
     * the neurons' seeds, once for a prototype whose values every neuron copies.
     */
    private String initializer;
    /** The function being emitted, else null. */
    private String currentFunction;
    /** Functions that call random_normal or random_uniform themselves. */
    private final Set<String> randomFunctions = new HashSet<>();
    /** Functions each function calls. */
    private final Map<String, Set<String>> functionCalls = new HashMap<>();
    /** Functions called from initializers, with the line and what is being initialised. */
    private final Map<String, String[]> initializerCalls = new LinkedHashMap<>();
    private int absTolColumn = -1;
    private int relTolColumn = -1;
    private Sym gapVoltage;
    private Sym gapPort;
    private Sym devicePort;
    /** Each spike port's input of the current step, as Java code over the neuron's input fields. */
    private final Map<Sym, String> portInputs = new HashMap<>();
    /** Receptor types by upper-case port name (NEST's receptor_types), empty for a one-receptor model. */
    private final Map<String, Integer> receptorTypes = new LinkedHashMap<>();

    private Generator(String file, String[] lines, Ast.Model model, GapOptions gap, SynapseOptions synapseOptions,
            String className) {
        this.file = file;
        this.lines = lines;
        this.model = model;
        this.gap = gap;
        this.synapseOptions = synapseOptions;
        this.synapse = synapseOptions.isSynapse(model.name());
        this.className = className;
    }

    /** The generated source and the layout of one model. */
    public record Result(String className, String source, ModelLayout layout) {
    }

    /**
     * Checks {@code model} and generates its class {@code packageName.className}.
     *
     * @throws NestmlException naming file and line of the first problem
     */
    public static Result generate(String file, String text, Ast.Model model, GapOptions gap, String packageName, String className) {
        return generate(file, text, model, gap, NumericSolver.RKF45, packageName, className);
    }

    /** As {@link #generate(String, String, Ast.Model, GapOptions, String, String)} with the numeric ODE solver {@code solver}. */
    public static Result generate(String file, String text, Ast.Model model, GapOptions gap, NumericSolver solver,
            String packageName, String className) {
        Generator g = new Generator(file, text.split("\n", -1), model, gap, SynapseOptions.NONE, className);
        g.numericSolver = solver;
        if (g.synapse) {
            throw new IllegalStateException("synapse model " + model.name() + " goes through generateSynapse");
        }
        String body = g.run();
        String source = "package " + packageName + ";\n\n" + body;
        String description = "NESTML model from " + file + (gap.enable() ? " (gap junctions)" : "");
        ModelLayout layout = new ModelLayout(model.name(), model.line(), file, List.copyOf(g.columns), List.copyOf(g.recordableInlines),
                gap.enable(), description, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(g.receptorTypes)), g.vectorLayout());
        return new Result(className, source, layout);
    }

    private List<ModelLayout.Vector> vectorLayout() {
        List<ModelLayout.Vector> out = new ArrayList<>();
        for (Sym v : vectorSyms) {
            ModelLayout.Kind kind = v.kind == SymKind.PARAMETER ? ModelLayout.Kind.PARAMETER
                    : v.kind == SymKind.INTERNAL ? ModelLayout.Kind.INTERNAL : ModelLayout.Kind.STATE;
            String unitText = v.type == Typed.Kind.REAL && !v.typeText.equals("real") ? v.typeText : "";
            out.add(new ModelLayout.Vector(nestName(v.name), kind, unitText, v.typeText, v.sizeParam == null ? -1 : v.sizeParam.column,
                    v.sizeLiteral, comment(v.line)));
        }
        return List.copyOf(out);
    }

    /** C++ keywords, which NESTML's NEST target renames by appending "_" (its IllegalVariableNameTransformer). */
    private static final Set<String> CPP_KEYWORDS = Set.of("alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand",
            "bitor", "bool", "break", "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept",
            "const", "const_cast", "consteval", "constexpr", "constinit", "continue", "co_await", "co_return", "co_yield",
            "decltype", "default", "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern",
            "false", "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new",
            "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register",
            "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast",
            "struct", "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
            "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq");

    /**
     * The name users see for a neuron's variable: the file's, with "_" appended to a C++ keyword as
     * NESTML's NEST target does (a state variable {@code concept} is set, read and recorded as
     * {@code concept_} there, so scripts written for it run here unchanged).
     */
    static String nestName(String name) {
        return CPP_KEYWORDS.contains(name) ? name + "_" : name;
    }

    /** The generated source and the layout of one synapse model. */
    public record SynapseResult(String className, String source, SynapseLayout layout) {
    }

    /**
     * Checks synapse model {@code model} and generates its class {@code packageName.className}.
     *
     * @throws NestmlException naming file and line of the first problem
     */
    public static SynapseResult generateSynapse(String file, String text, Ast.Model model, SynapseOptions options,
            String packageName, String className) {
        Generator g = new Generator(file, text.split("\n", -1), model, GapOptions.NONE, options, className);
        String body = g.runSynapse();
        return new SynapseResult(className, "package " + packageName + ";\n\n" + body, g.synapseLayout());
    }

    /** The comment after {@code #} on line {@code line} of the file, or empty. */
    private String comment(int line) {
        if (line < 1 || line > lines.length) {
            return "";
        }
        String text = lines[line - 1];
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return text.substring(k + 1).trim();
            }
        }
        return "";
    }

    private NestmlException error(int line, String message) {
        return new NestmlException(file, line, message);
    }

    // ================================================================== symbol collection

    private String run() {
        for (Declaration d : model.parameters()) {
            declareVariables(d, SymKind.PARAMETER);
        }
        if (!symbols.containsKey("gsl_abs_error_tol")) {
            absTolColumn = addColumn(new Sym("gsl_abs_error_tol", SymKind.PARAMETER, Unit.ONE, Typed.Kind.REAL, "real", 0), false);
        } else {
            absTolColumn = symbols.get("gsl_abs_error_tol").column;
        }
        if (!symbols.containsKey("gsl_rel_error_tol")) {
            relTolColumn = addColumn(new Sym("gsl_rel_error_tol", SymKind.PARAMETER, Unit.ONE, Typed.Kind.REAL, "real", 0), false);
        } else {
            relTolColumn = symbols.get("gsl_rel_error_tol").column;
        }
        for (Declaration d : model.internals()) {
            declareVariables(d, SymKind.INTERNAL);
        }
        for (Declaration d : model.state()) {
            declareVariables(d, SymKind.STATE);
        }
        for (Sym v : vectorSyms) {
            resolveVectorSize(v);
        }
        collectPorts();
        if (String.join("\n", lines).matches("(?s).*random_(normal|uniform|poisson)\\s*\\(.*")) {
            Sym rng = new Sym("__rng_draws", SymKind.STATE, Unit.ONE, Typed.Kind.REAL, "real", model.line());
            rngColumn = addColumn(rng, true);
        }
        if (model.output() == null) {
            // allowed: a model without output simply never spikes to others
        }
        collectFunctions();
        List<Ode> odes = new ArrayList<>();
        for (Equation eq : model.equations()) {
            if (eq instanceof Inline in) {
                Sym s = newSym(in.name(), SymKind.INLINE, in.type(), in.line());
                s.expr = in.expr();
                if (in.recordable()) {
                    recordableInlines.add(nestName(in.name()));
                    recordableInlineDecls.add(in);
                }
            } else if (eq instanceof Kernel k) {
                boolean odeForm = k.orders().get(0) > 0;
                for (int j = 0; j < k.names().size(); j++) {
                    if ((k.orders().get(j) > 0) != odeForm) {
                        throw error(k.line(), "kernel " + k.names().get(j) + ": a kernel is either a function of t or a set of ODEs, not both");
                    }
                    if (odeForm) {
                        continue; // its states are declared in the state block; convolve makes copies per port
                    }
                    Sym s = new Sym(k.names().get(j), SymKind.KERNEL, Unit.ONE, Typed.Kind.REAL, "kernel", k.line());
                    s.kernel = k;
                    s.kernelIndex = j;
                    put(s);
                }
            } else {
                odes.add((Ode) eq);
            }
        }
        // ODE states in state-block order; x'' = f needs states x and x' (x' = [x'] is implied)
        Map<String, Expr> odeByName = new HashMap<>();
        for (Ode ode : odes) {
            String targetName = ode.name() + "'".repeat(ode.order() - 1);
            Sym target = symbols.get(targetName);
            if (target == null || target.kind != SymKind.STATE) {
                throw error(ode.line(), ode.order() == 1
                        ? "ODE for '" + ode.name() + "', which is not declared in the state block"
                        : "ODE of order " + ode.order() + " for '" + ode.name() + "' needs the state variable '" + targetName
                                + "' (declare it in the state block with its initial value)");
            }
            if (target.vector >= 0) {
                throw error(ode.line(), "ODEs for vector variables ('" + ode.name() + "') are not supported");
            }
            if (target.type != Typed.Kind.REAL) {
                throw error(ode.line(), "ODE for '" + ode.name() + "', which is not a real quantity");
            }
            if (odeByName.put(targetName, ode.rhs()) != null) {
                throw error(ode.line(), "a second ODE for '" + targetName + "'");
            }
            odeLines.put(targetName, ode.line());
            for (int k = 0; k < ode.order() - 1; k++) {
                String lower = ode.name() + "'".repeat(k);
                Sym lowerSym = symbols.get(lower);
                if (lowerSym == null || lowerSym.kind != SymKind.STATE) {
                    throw error(ode.line(), "ODE of order " + ode.order() + " for '" + ode.name() + "' needs the state variable '"
                            + lower + "'");
                }
                odeByName.putIfAbsent(lower, new Var(ode.name(), null, k + 1, ode.line()));
                odeLines.putIfAbsent(lower, ode.line());
            }
        }
        for (Sym s : new ArrayList<>(symbols.values())) {
            if (s.kind == SymKind.STATE && odeByName.containsKey(s.name)) {
                s.ode = odeStates.size();
                odeStates.add(field(s.name));
                odeRhs.add(odeByName.get(s.name));
                odeRenames.add(null);
                odeSyms.add(s);
            }
        }
        collectConvolutions();
        checkGapOptions();
        if (odeStates.size() > 63) {
            throw error(model.line(), "more than 63 ODE states are not supported");
        }
        scanIntegrateCalls(model.update());
        return emitClass();
    }

    private void put(Sym s) {
        Sym old = symbols.put(s.name, s);
        if (old != null) {
            throw error(s.line, "'" + s.name + "' is declared twice (also at line " + old.line + ")");
        }
    }

    private Sym newSym(String name, SymKind kind, Ast.Type type, int line) {
        Resolved r = resolveType(type);
        Sym s = new Sym(name, kind, r.unit, r.kind, r.text, line);
        put(s);
        return s;
    }

    private void declareVariables(Declaration d, SymKind kind) {
        if (d.inline()) {
            throw error(d.line(), "'inline' belongs in the equations block");
        }
        for (String name : d.names()) {
            if (kind == SymKind.STATE && d.init() == null) {
                throw error(d.line(), "state variable '" + name + "' has no initial value");
            }
            if (d.init() != null && refersTo(d.init(), name)) {
                throw error(d.line(), "the initial value of '" + name + "' refers to '" + name + "' itself");
            }
            Sym s = newSym(name, kind, d.type(), d.line());
            s.expr = d.init();
            s.decorators = d.decorators();
            if (s.type == Typed.Kind.STRING) {
                throw error(d.line(), "string variables are not supported");
            }
            declared.add(s);
            if (d.vectorSize() != null) {
                if (d.invariant() != null) {
                    throw error(d.line(), "a constraint [[...]] on vector variable '" + name + "' is not supported");
                }
                s.sizeExpr = d.vectorSize();
                s.vector = vectorSyms.size();
                vectorSyms.add(s);
                continue;
            }
            addColumn(s, false);
        }
        // NESTML's NEST target checks the parameters' guards only (get_parameter_invariants), when
        // they are set; a guard on a state variable is accepted and, as there, not checked
        if (d.invariant() != null && kind == SymKind.PARAMETER) {
            invariants.add(d);
        }
    }

    /**
     * A vector's size: an integer literal, or an integer parameter (NESTML's rule), whose value per
     * neuron sizes the neuron's vector; a change of it resizes the vector, keeping its elements and
     * filling new ones with 0, as NESTML's NEST target does.
     */
    private void resolveVectorSize(Sym v) {
        if (v.sizeExpr instanceof Num n && n.integer() && n.value() >= 0) {
            v.sizeLiteral = (int) n.value();
            return;
        }
        if (v.sizeExpr instanceof Var ref && ref.index() == null && ref.order() == 0) {
            Sym p = symbols.get(ref.name());
            // an internal is computed from the parameters: it may size state and internal vectors
            boolean kind = p != null && (p.kind == SymKind.PARAMETER || p.kind == SymKind.INTERNAL && v.kind != SymKind.PARAMETER);
            if (kind && p.vector < 0 && p.type == Typed.Kind.INTEGER) {
                v.sizeParam = p;
                return;
            }
            throw error(v.line, "the size of vector '" + v.name + "' must be an integer literal or an integer parameter"
                    + (v.kind == SymKind.PARAMETER ? "" : " or internal") + "; '" + ref.name() + "' is "
                    + (p == null ? "not declared" : p.vector >= 0 ? "a vector" : !kind ? "not a parameter"
                    + (v.kind == SymKind.PARAMETER ? "" : " or internal") : "not an integer"));
        }
        throw error(v.line, "the size of vector '" + v.name + "' must be an integer literal or an integer parameter, not '"
                + Printer.print(v.sizeExpr) + "'");
    }

    /** The size of vector port {@code p} at generation: an integer literal or an integer parameter's default (NESTML's rule). */
    private int portSize(InputPort p) {
        if (p.size() instanceof Num n && n.integer() && n.value() >= 1) {
            return (int) n.value();
        }
        if (p.size() instanceof Var ref && ref.index() == null) {
            Sym s = symbols.get(ref.name());
            if (s != null && s.kind == SymKind.PARAMETER && s.vector < 0 && s.type == Typed.Kind.INTEGER
                    && s.expr instanceof Num n && n.value() >= 1) {
                return (int) n.value();
            }
        }
        throw error(p.line(), "the size of input port '" + p.name() + "' must be a positive integer literal or an integer"
                + " parameter with a positive literal default (fixed when the model is loaded), not '" + Printer.print(p.size()) + "'");
    }

    /** True if {@code e} reads the variable {@code name} (any derivative order). */
    private static boolean refersTo(Expr e, String name) {
        if (e instanceof Var v) {
            return v.name().equals(name) || v.index() != null && refersTo(v.index(), name);
        }
        if (e instanceof Call c) {
            return c.args().stream().anyMatch(a -> refersTo(a, name));
        }
        if (e instanceof Unary u) {
            return refersTo(u.operand(), name);
        }
        if (e instanceof Binary b) {
            return refersTo(b.left(), name) || refersTo(b.right(), name);
        }
        if (e instanceof Ternary t) {
            return refersTo(t.condition(), name) || refersTo(t.ifTrue(), name) || refersTo(t.ifFalse(), name);
        }
        return false;
    }

    private int addColumn(Sym s, boolean hidden) {
        if (!symbols.containsKey(s.name)) {
            symbols.put(s.name, s);
        }
        s.column = columns.size();
        ModelLayout.Kind kind = s.kind == SymKind.PARAMETER ? ModelLayout.Kind.PARAMETER
                : s.kind == SymKind.INTERNAL ? ModelLayout.Kind.INTERNAL : ModelLayout.Kind.STATE;
        String unitText = s.type == Typed.Kind.REAL && !s.typeText.equals("real") ? s.typeText : "";
        String description = s.line == 0 && s.name.equals("gsl_abs_error_tol") ? "RKF45 absolute error tolerance per state variable (NESTML's default)"
                : s.line == 0 && s.name.equals("gsl_rel_error_tol") ? "RKF45 relative error tolerance (NESTML's default; NEST's hand-written models use 0)"
                : comment(s.line);
        columns.add(new Column(hidden || synapse ? s.name : nestName(s.name), kind, unitText, s.typeText, hidden, description));
        columnSyms.add(s);
        return s.column;
    }

    private void collectPorts() {
        List<Sym> continuous = new ArrayList<>();
        List<Sym> spikePorts = new ArrayList<>();
        for (InputPort p : model.inputs()) {
            if (p.size() != null && !p.spike()) {
                throw error(p.line(), "vector continuous input ports ('" + p.name() + "[...]') are not supported");
            }
            if (p.spike()) {
                Sym s = new Sym(p.name(), SymKind.SPIKE_PORT, Units.lookup("Hz").orElseThrow(), Typed.Kind.REAL, "spike", p.line());
                s.port = p;
                put(s);
                if (p.size() == null) {
                    s.receptorName = p.name().toUpperCase(Locale.ROOT);
                    spikePorts.add(s);
                    continue;
                }
                // element i is a port of its own (receptor NAME_i), named as NESTML names its kernel states
                s.elements = new ArrayList<>();
                for (int i = 0; i < portSize(p); i++) {
                    Sym e = new Sym(p.name() + "__VEC_IDX__" + i, SymKind.SPIKE_PORT, s.unit, Typed.Kind.REAL, "spike", p.line());
                    e.port = p;
                    e.receptorName = p.name().toUpperCase(Locale.ROOT) + "_" + i;
                    put(e);
                    s.elements.add(e);
                    spikePorts.add(e);
                }
            } else {
                Sym s = newSym(p.name(), SymKind.CONTINUOUS_PORT, p.unit(), p.line());
                s.port = p;
                continuous.add(s);
            }
        }
        assignReceptors(spikePorts);
        for (Sym s : continuous) {
            if (gap.enable() && s.name.equals(gap.gapCurrentPort())) {
                gapPort = s;
            }
        }
        for (Sym s : continuous) {
            if (s == gapPort && continuous.size() > 1) {
                continue;
            }
            if (devicePort != null) {
                throw error(s.line, "a second continuous input port ('" + s.name
                        + "'); current devices reach a neuron through one port only");
            }
            devicePort = s;
        }
    }

    private void checkGapOptions() {
        if (!gap.enable()) {
            return;
        }
        if (!vectorSyms.isEmpty()) {
            // waveform relaxation repeats steps from saved state; vectors change in place
            throw error(vectorSyms.get(0).line, "vector variables ('" + vectorSyms.get(0).name + "[...]') in a model with"
                    + " gap junctions are not supported");
        }
        Sym v = symbols.get(gap.membranePotentialVariable());
        if (v == null || v.kind != SymKind.STATE || v.ode < 0) {
            throw error(model.line(), "gap_junctions: membrane_potential_variable '" + gap.membranePotentialVariable()
                    + "' is not a state variable with an ODE in model " + model.name());
        }
        if (!v.unit.sameDimension(Units.lookup("mV").orElseThrow())) {
            throw error(v.line, "gap_junctions: membrane_potential_variable '" + v.name + "' has unit " + v.unit + ", not a voltage");
        }
        if (gapPort == null) {
            throw error(model.line(), "gap_junctions: gap_current_port '" + gap.gapCurrentPort()
                    + "' is not a continuous input port of model " + model.name());
        }
        if (!gapPort.unit.sameDimension(Units.lookup("pA").orElseThrow())) {
            throw error(gapPort.line, "gap_junctions: gap_current_port '" + gapPort.name + "' has unit " + gapPort.unit + ", not a current");
        }
        gapVoltage = v;
    }

    // ================================================================== kernels

    private void collectConvolutions() {
        List<Expr> roots = new ArrayList<>();
        for (Equation eq : model.equations()) {
            if (eq instanceof Inline in) {
                roots.add(in.expr());
            } else if (eq instanceof Ode ode) {
                roots.add(ode.rhs());
            }
        }
        collectStatements(model.update(), roots);
        for (OnCondition c : model.onCondition()) {
            roots.add(c.condition());
            collectStatements(c.body(), roots);
        }
        for (OnReceive r : model.onReceive()) {
            collectStatements(r.body(), roots);
        }
        for (Expr e : roots) {
            findConvolves(e);
        }
        for (Equation eq : model.equations()) {
            if (eq instanceof Inline in) {
                findPortPulses(in.expr());
            } else if (eq instanceof Ode ode) {
                findPortPulses(ode.rhs());
            }
        }
    }

    /**
     * A spike port read in an equation outside convolve ({@code y' = -y / tau + c * spikes}) is NESTML's
     * train of delta pulses Σ w δ(t − t_k) (1/s): like a delta kernel, zero between spikes, and a spike
     * of weight w makes every ODE whose right-hand side contains it jump by w·(f(1/s) − f(0))·1 s.
     */
    private void findPortPulses(Expr e) {
        if (e instanceof Var v) {
            Sym port = symbols.get(v.name());
            if (port == null || port.kind != SymKind.SPIKE_PORT) {
                return;
            }
            if (port.elements != null) {
                Integer i = v.index() == null ? null : constantIndex(v.index());
                if (i == null || i < 0 || i >= port.elements.size()) {
                    throw error(v.line(), "spike input port " + v.name() + "[" + port.elements.size() + "] in an equation needs a"
                            + " constant index 0 to " + (port.elements.size() - 1));
                }
                port = port.elements.get(i);
            }
            if (!portDeltas.containsKey(port.name)) {
                KernelState ks = new KernelState();
                ks.port = port.name;
                ks.delta = true;
                ks.unit = port.unit;
                ks.ampUnit = Unit.ONE;
                ks.ampColumn = -1; // the jump's factor is 1 s = 1000 ms
                ks.valueName = "dspk" + portDeltas.size() + "_";
                portDeltas.put(port.name, ks);
                deltaStates.add(ks);
            }
        } else if (!(e instanceof Call c && c.name().equals("convolve"))) {
            operands(e).forEach(this::findPortPulses);
        }
    }

    /** The direct sub-expressions of a call, unary, binary or ternary expression; none for the others. */
    private static List<Expr> operands(Expr e) {
        if (e instanceof Call c) {
            return c.args();
        }
        if (e instanceof Unary u) {
            return List.of(u.operand());
        }
        if (e instanceof Binary b) {
            return List.of(b.left(), b.right());
        }
        if (e instanceof Ternary t) {
            return List.of(t.condition(), t.ifTrue(), t.ifFalse());
        }
        return List.of();
    }

    private void collectStatements(Block block, List<Expr> out) {
        for (Stmt s : block.statements()) {
            if (s instanceof Assign a) {
                out.add(a.value());
            } else if (s instanceof CallStmt c) {
                out.add(c.call());
            } else if (s instanceof Declare d && d.declaration().init() != null) {
                out.add(d.declaration().init());
            } else if (s instanceof If i) {
                out.addAll(i.conditions());
                i.bodies().forEach(b -> collectStatements(b, out));
                if (i.orElse() != null) {
                    collectStatements(i.orElse(), out);
                }
            } else if (s instanceof While w) {
                out.add(w.condition());
                collectStatements(w.body(), out);
            } else if (s instanceof For f) {
                collectStatements(f.body(), out);
            }
        }
    }

    private void findConvolves(Expr e) {
        if (e instanceof Call c && c.name().equals("convolve")) {
            convolution(c);
            return;
        }
        operands(e).forEach(this::findConvolves);
    }

    /** The kernel states of {@code convolve(K, port)}, made on first use. */
    private List<KernelState> convolution(Call c) {
        if (c.args().size() != 2 || !(c.args().get(0) instanceof Var k) || !(c.args().get(1) instanceof Var p)) {
            throw error(c.line(), "convolve takes a kernel and a spike input port: convolve(K, spikes)");
        }
        Sym port = symbols.get(p.name());
        if (port == null || port.kind != SymKind.SPIKE_PORT) {
            throw error(c.line(), "convolve: '" + p.name() + "' is not a spike input port");
        }
        if (port.elements != null || p.index() != null) {
            Integer i = p.index() == null ? null : constantIndex(p.index());
            if (port.elements == null || i == null || i < 0 || i >= port.elements.size()) {
                throw error(c.line(), port.elements == null ? "convolve: '" + p.name() + "' is not a vector port"
                        : "convolve: input port " + p.name() + "[" + port.elements.size() + "] needs a constant index 0 to "
                        + (port.elements.size() - 1) + ", as in convolve(" + k.name() + ", " + p.name() + "[0])");
            }
            port = port.elements.get(i);
        }
        String portName = port.name;
        String key = k.name() + "|" + portName;
        List<KernelState> states = convolutions.get(key);
        if (states != null) {
            return states;
        }
        Ast.Kernel odeKernel = odeKernelOf(k.name());
        if (odeKernel != null) {
            states = odeKernelConvolution(odeKernel, k.name(), portName, c.line());
            convolutions.put(key, states);
            return states;
        }
        Sym kernel = symbols.get(k.name());
        if (kernel == null || kernel.kind != SymKind.KERNEL) {
            throw error(c.line(), "convolve: '" + k.name() + "' is not a kernel of the equations block");
        }
        Expr shape = kernel.kernel.exprs().get(kernel.kernelIndex);
        Expr delta = KernelShapes.deltaAmplitude(shape);
        if (delta != null) {
            states = List.of(deltaConvolution(k.name(), portName, delta, kernel.line));
            convolutions.put(key, states);
            return states;
        }
        List<KernelShapes.Term> terms = KernelShapes.decompose(shape, file, kernel.line);
        states = new ArrayList<>();
        int n = 0;
        for (KernelShapes.Term term : terms) {
            KernelState ks = new KernelState();
            ks.term = term;
            ks.port = portName;
            String base = k.name() + "__X__" + portName + (terms.size() > 1 ? "__" + n : "");
            Ctx ctx = new Ctx(false, null);
            Typed amp = emit(term.amplitude(), ctx);
            Typed tau = emit(term.tau(), ctx);
            if (!amp.numeric() || !tau.numeric()) {
                throw error(kernel.line, "kernel " + k.name() + ": amplitude and time constant must be numbers");
            }
            if (!tau.plain() && !tau.unit().sameDimension(MS)) {
                throw error(kernel.line, "kernel " + k.name() + ": the time constant has unit " + tau.unit() + ", not a time");
            }
            ks.ampUnit = amp.plain() ? Unit.ONE : amp.unit();
            ks.unit = term.power() == 1 ? ks.ampUnit.times(MS) : ks.ampUnit;
            Sym ampSym = new Sym(base + "__amplitude", SymKind.INTERNAL, ks.ampUnit, Typed.Kind.REAL, unitLabel(ks.ampUnit), kernel.line);
            ampSym.expr = term.amplitude();
            ks.ampColumn = addColumn(ampSym, true);
            Sym tauSym = new Sym(base + "__tau", SymKind.INTERNAL, MS, Typed.Kind.REAL, "ms", kernel.line);
            tauSym.expr = term.tau();
            ks.tauColumn = addColumn(tauSym, true);
            if (term.power() == 1) {
                Sym d = new Sym(base + "__d", SymKind.STATE, ks.ampUnit, Typed.Kind.REAL, unitLabel(ks.ampUnit), kernel.line);
                addColumn(d, false);
                d.ode = odeStates.size();
                odeStates.add(field(d.name));
                odeRhs.add(null);
                odeRenames.add(null);
                odeSyms.add(d);
                ks.derivName = field(d.name);
            }
            Sym x = new Sym(base, SymKind.STATE, ks.unit, Typed.Kind.REAL, unitLabel(ks.unit), kernel.line);
            addColumn(x, false);
            x.ode = odeStates.size();
            odeStates.add(field(x.name));
            odeRhs.add(null);
            odeRenames.add(null);
            odeSyms.add(x);
            ks.valueName = field(x.name);
            states.add(ks);
            kernelStates.add(ks);
            n++;
        }
        Unit unit = states.get(0).unit;
        for (KernelState ks : states) {
            if (!ks.unit.sameDimension(unit)) {
                throw error(kernel.line, "kernel " + k.name() + ": its terms have different units (" + unit + ", " + ks.unit + ")");
            }
        }
        String sumName = k.name() + "__X__" + portName;
        if (states.size() > 1 && !symbols.containsKey(sumName)) {
            StringBuilder sum = new StringBuilder();
            for (KernelState ks : states) {
                // every term's state in the first term's unit (terms of one kernel share a dimension)
                sum.append(sum.length() == 0 ? "" : " + ").append(convert(Typed.real(ks.valueName, ks.unit), unit, kernel.line, sumName));
            }
            kernelSums.add(new String[] {sumName, "(" + sum + ")"});
            recordableInlines.add(sumName);
        }
        convolutions.put(key, states);
        return states;
    }

    /** The ODE-form kernel declaration that defines {@code name} ({@code kernel name' = ...}), or null. */
    private Ast.Kernel odeKernelOf(String name) {
        for (Equation eq : model.equations()) {
            if (eq instanceof Kernel k && k.orders().get(0) > 0 && k.names().contains(name)) {
                return k;
            }
        }
        return null;
    }

    /**
     * convolve(K, port) for a kernel given as ODEs ({@code kernel g' = g$ - g/tau_r, g$' = -g$/tau_d}): the
     * kernel's state variables, declared in the state block with the kernel's initial values, are copied per
     * port into states that start at 0, follow the kernel's ODEs and jump by weight × initial value per spike.
     */
    private List<KernelState> odeKernelConvolution(Ast.Kernel kernel, String name, String port, int line) {
        List<String> chain = new ArrayList<>();
        Map<String, Expr> top = new HashMap<>();
        for (int j = 0; j < kernel.names().size(); j++) {
            String n = kernel.names().get(j);
            int order = kernel.orders().get(j);
            for (int q = 0; q < order; q++) {
                chain.add(n + "'".repeat(q));
            }
            top.put(n + "'".repeat(order - 1), kernel.exprs().get(j));
        }
        Map<String, Local> renames = new LinkedHashMap<>();
        Map<String, Sym> copies = new LinkedHashMap<>();
        for (String n : chain) {
            Sym original = symbols.get(n);
            if (original == null || original.kind != SymKind.STATE) {
                throw error(kernel.line(), "kernel " + name + ": '" + n + "' must be declared in the state block with the kernel's initial value");
            }
            Sym copy = new Sym(n + "__X__" + port, SymKind.STATE, original.unit, Typed.Kind.REAL, original.typeText, kernel.line());
            addColumn(copy, false);
            Sym init = new Sym(n + "__X__" + port + "__init", SymKind.INTERNAL, original.unit, Typed.Kind.REAL, original.typeText, kernel.line());
            init.expr = original.expr == null ? new Num(0, false, kernel.line()) : original.expr;
            addColumn(init, true);
            renames.put(n, new Local(field(copy.name), copy.unit, Typed.Kind.REAL));
            copies.put(n, copy);
            odeKernelJumps.add(new String[] {field(copy.name), port, field(init.name)});
        }
        for (String n : chain) {
            Sym copy = copies.get(n);
            copy.ode = odeStates.size();
            odeStates.add(field(copy.name));
            odeKernelFields.add(field(copy.name));
            Expr rhs;
            if (top.containsKey(n)) {
                rhs = top.get(n);
            } else {
                int primes = n.length() - n.replace("'", "").length();
                rhs = new Var(n.replace("'", ""), null, primes + 1, kernel.line());
            }
            odeRhs.add(rhs);
            odeRenames.add(renames);
            odeSyms.add(copy);
            odeLines.put(copy.name, kernel.line());
        }
        if (!copies.containsKey(name)) {
            throw error(line, "convolve: '" + name + "' is not a state of the kernel");
        }
        KernelState ks = new KernelState();
        ks.valueName = field(copies.get(name).name);
        ks.unit = copies.get(name).unit;
        ks.port = port;
        return List.of(ks);
    }

    /**
     * convolve(A * delta(t), port): zero between spikes; a spike of weight w makes every ODE whose right-hand
     * side contains it jump by w·A·(f(1) - f(0))·1 ms, f(c) being the right-hand side with the convolution set
     * to c (NESTML applies delta kernels as jumps of the state they drive).
     */
    private KernelState deltaConvolution(String kernel, String port, Expr amplitude, int line) {
        KernelState ks = new KernelState();
        String base = kernel + "__X__" + port;
        Typed amp = emit(amplitude, new Ctx(false, null));
        ks.ampUnit = amp.plain() ? Unit.ONE : amp.unit();
        ks.unit = ks.ampUnit;
        ks.port = port;
        ks.delta = true;
        Sym ampSym = new Sym(base + "__amplitude", SymKind.INTERNAL, ks.ampUnit, Typed.Kind.REAL, unitLabel(ks.ampUnit), line);
        ampSym.expr = amplitude;
        ks.ampColumn = addColumn(ampSym, true);
        ks.valueName = "dconv" + deltaStates.size() + "_"; // the "_" ends it: dconv1_ is no part of dconv10_
        deltaStates.add(ks);
        return ks;
    }

    // ================================================================== integrate_odes

    private void scanIntegrateCalls(Block block) {
        for (Stmt s : block.statements()) {
            if (s instanceof CallStmt c && c.call().name().equals("integrate_odes") && !c.call().args().isEmpty()) {
                partialIntegration = true;
            } else if (s instanceof If i) {
                i.bodies().forEach(this::scanIntegrateCalls);
                if (i.orElse() != null) {
                    scanIntegrateCalls(i.orElse());
                }
            } else if (s instanceof While w) {
                scanIntegrateCalls(w.body());
            } else if (s instanceof For f) {
                scanIntegrateCalls(f.body());
            }
        }
    }

    // ================================================================== synapse models

    /** The synapse's presynaptic and postsynaptic spike ports (the latter may be null), its weight and delay variables. */
    private Sym prePort;
    private Sym postPort;
    private Sym weightVar;
    private Sym delayVar;
    /** Per-connection values users see: parameters and state variables other than the weight and delay variables. */
    private final List<Sym> visibleSyms = new ArrayList<>();
    /** Parameters declared {@code @homogeneous}: NEST's common properties, set with the model's defaults. */
    private final List<Sym> commonSyms = new ArrayList<>();
    /** Exponent of each ODE's propagator over {@code h} ms, by ODE index. */
    private final Map<Integer, String> propagatorExponents = new HashMap<>();

    private String runSynapse() {
        for (Declaration d : model.parameters()) {
            declareVariables(d, SymKind.PARAMETER);
        }
        for (Declaration d : model.internals()) {
            declareVariables(d, SymKind.INTERNAL);
        }
        for (Declaration d : model.state()) {
            declareVariables(d, SymKind.STATE);
        }
        if (!vectorSyms.isEmpty()) {
            throw error(vectorSyms.get(0).line, "vector variables ('" + vectorSyms.get(0).name + "[...]') in a synapse model"
                    + " are not supported yet");
        }
        collectSynapsePorts();
        collectFunctions();
        Map<String, Ode> odeByName = new HashMap<>();
        for (Equation eq : model.equations()) {
            if (eq instanceof Inline in) {
                Sym sym = newSym(in.name(), SymKind.INLINE, in.type(), in.line());
                sym.expr = in.expr();
            } else if (eq instanceof Kernel k) {
                throw error(k.line(), "kernels in a synapse model are not supported yet; write the trace as an ODE"
                        + " (x' = -x / tau) and its jump in the onReceive block");
            } else {
                Ode ode = (Ode) eq;
                Sym target = symbols.get(ode.name());
                if (ode.order() != 1 || target == null || target.kind != SymKind.STATE || target.type != Typed.Kind.REAL) {
                    throw error(ode.line(), "ODE for '" + ode.name() + "'" + "'".repeat(ode.order() - 1)
                            + ": a synapse's ODEs are first-order ODEs of real state variables declared in the state block");
                }
                if (odeByName.put(ode.name(), ode) != null) {
                    throw error(ode.line(), "a second ODE for '" + ode.name() + "'");
                }
            }
        }
        for (Sym sym : new ArrayList<>(symbols.values())) {
            Ode ode = odeByName.get(sym.name);
            if (sym.kind == SymKind.STATE && ode != null) {
                sym.ode = odeStates.size();
                odeStates.add(field(sym.name));
                odeRhs.add(ode.rhs());
                odeRenames.add(null);
                odeSyms.add(sym);
                odeLines.put(sym.name, ode.line());
                propagatorExponents.put(sym.ode, propagatorExponent(sym, ode));
            }
        }
        if (!model.onCondition().isEmpty()) {
            throw error(model.onCondition().get(0).line(), "onCondition in a synapse model: a synapse acts on spikes only");
        }
        findWeightAndDelay();
        return emitSynapseClass();
    }

    private void collectFunctions() {
        for (Ast.Function f : model.functions()) {
            if (functions.put(f.name(), f) != null || Builtins.isBuiltin(f.name())) {
                throw error(f.line(), "function '" + f.name() + "' is defined twice or shadows a predefined function");
            }
        }
    }

    /** One presynaptic spike port, at most one postsynaptic (by the options, else by name: post...), nothing else. */
    private void collectSynapsePorts() {
        for (InputPort p : model.inputs()) {
            if (p.size() != null) {
                throw error(p.line(), "vector input ports ('" + p.name() + "[...]') in a synapse model are not supported yet");
            }
            if (!p.spike()) {
                throw error(p.line(), "continuous input port '" + p.name() + "' in synapse model " + model.name()
                        + ": a synapse receives its neurons' spikes only (NESTML's neuron-synapse co-generation, which"
                        + " moves neuron values into synapses, is not supported)");
            }
            Sym sym = new Sym(p.name(), SymKind.SPIKE_PORT, Units.lookup("Hz").orElseThrow(), Typed.Kind.REAL, "spike", p.line());
            sym.port = p;
            put(sym);
            if (synapseOptions.isPostPort(p.name())) {
                if (postPort != null) {
                    throw error(p.line(), "a second postsynaptic spike port ('" + p.name() + "'; '" + postPort.name + "' is one)");
                }
                postPort = sym;
            } else {
                if (prePort != null) {
                    throw error(p.line(), "a second presynaptic spike port ('" + p.name() + "'; '" + prePort.name + "' is one):"
                            + " a synapse receives the spikes of its source and, on a port named post..., of its target only"
                            + " (neuromodulator spikes through a volume transmitter are not supported)");
                }
                prePort = sym;
            }
        }
        if (prePort == null) {
            throw error(model.line(), "synapse model " + model.name() + " has no presynaptic spike input port (pre_spikes <- spike)");
        }
        Set<String> handled = new HashSet<>();
        for (OnReceive r : model.onReceive()) {
            Sym port = symbols.get(r.port());
            if (port == null || port.kind != SymKind.SPIKE_PORT) {
                throw error(r.line(), "onReceive(" + r.port() + "): '" + r.port() + "' is not a spike input port");
            }
            if (port.elements != null) {
                throw error(r.line(), "onReceive(" + r.port() + ") of a vector input port is not supported; read "
                        + r.port() + "[i] in the update block");
            }
            if (!handled.add(r.port())) {
                throw error(r.line(), "a second onReceive(" + r.port() + ") block");
            }
        }
    }

    /**
     * The weight variable (codegen option weight_variable, else {@code w}) and the delay variable
     * (delay_variable), checked.
     */
    private void findWeightAndDelay() {
        String weightName = synapseOptions.weightVariable(model.name());
        if (weightName == null) {
            weightName = decorated("nest::weight", "w");
        }
        weightVar = symbols.get(weightName);
        if (weightVar == null || (weightVar.kind != SymKind.PARAMETER && weightVar.kind != SymKind.STATE)
                || weightVar.type != Typed.Kind.REAL) {
            throw error(model.line(), "synapse model " + model.name() + " has no real parameter or state variable '" + weightName
                    + "' for NEST's weight (name it with NESTML's code generator option weight_variable in the file's"
                    + " .codegen.json: {\"weight_variable\": {\"" + model.name() + "\": \"...\"}})");
        }
        String delayName = synapseOptions.delayVariable(model.name());
        if (delayName == null) {
            delayName = decorated("nest::delay", null);
        }
        if (delayName != null) {
            delayVar = symbols.get(delayName);
            if (delayVar == null || (delayVar.kind != SymKind.PARAMETER && delayVar.kind != SymKind.STATE)
                    || !delayVar.unit.sameDimension(MS)) {
                throw error(model.line(), "delay_variable '" + delayName + "' of synapse model " + model.name()
                        + " is not a parameter or state variable with a time unit");
            }
            Set<String> assigned = new HashSet<>();
            for (OnReceive r : model.onReceive()) {
                assignedIn(r.body(), assigned);
            }
            assignedIn(model.update(), assigned);
            if (assigned.contains(delayName)) {
                throw error(delayVar.line, "the delay variable '" + delayName + "' is assigned: a connection's delay"
                        + " is fixed while spikes pass it (set it with 'delay' when connecting)");
            }
        }
        for (Sym sym : columnSyms) {
            if ((sym.kind == SymKind.PARAMETER || sym.kind == SymKind.STATE) && sym != weightVar && sym != delayVar) {
                if (sym.name.equals("weight") || sym.name.equals("delay")) {
                    throw error(sym.line, "'" + sym.name + "' names NEST's own connection property; rename the variable"
                            + " (or make it the weight_variable / delay_variable)");
                }
                if (sym.decorators.contains("homogeneous")) {
                    if (sym.kind != SymKind.PARAMETER) {
                        throw error(sym.line, "@homogeneous on state variable '" + sym.name + "': only parameters are common"
                                + " to a model's connections");
                    }
                    commonSyms.add(sym);
                } else {
                    visibleSyms.add(sym);
                }
            }
        }
    }

    /**
     * NESTML's NEST target: when both handlers give a priority and the presynaptic one's is lower, a
     * target spike at exactly t − d is handled after the presynaptic handler, not before (its
     * pre_before_post_update; NESTML's test_priority_synapse).
     */
    private boolean preBeforePost() {
        Long pre = null;
        Long post = null;
        for (OnReceive r : model.onReceive()) {
            if (prePort != null && r.port().equals(prePort.name)) {
                pre = r.priority();
            } else if (postPort != null && r.port().equals(postPort.name)) {
                post = r.priority();
            }
        }
        return pre != null && post != null && pre < post;
    }

    /** The variable declared with decorator {@code decorator}, else {@code otherwise}. */
    private String decorated(String decorator, String otherwise) {
        for (Sym sym : columnSyms) {
            if (sym.decorators.contains(decorator)) {
                return sym.name;
            }
        }
        return otherwise;
    }

    /**
     * The exponent that propagates ODE x' = c·x over {@code h} ms exactly: x(t + h) = x(t)·exp(c·h). A
     * synapse's ODEs are traces; other forms (coupled, inhomogeneous or nonlinear) are refused.
     */
    private String propagatorExponent(Sym x, Ode ode) {
        Expr[] rate = linearRate(ode.rhs(), x.name);
        if (rate == null) {
            throw error(ode.line(), "ODE for '" + x.name + "' in synapse model " + model.name() + ": only linear decays such as "
                    + x.name + "' = -" + x.name + " / tau are supported (a rate that depends on no state variable)");
        }
        Expr h = new Var("__interval", null, 0, ode.line());
        Expr exponent = new Binary("*", rate[0], h, ode.line());
        if (rate[1] != null) {
            exponent = new Binary("/", exponent, rate[1], ode.line());
        }
        Ctx ctx = new Ctx(false, null);
        ctx.locals.put("__interval", new Local("h", MS, Typed.Kind.REAL));
        Typed t = emit(exponent, ctx);
        return convert(t, Unit.ONE, ode.line(), x.name + "'");
    }

    /**
     * {numerator, denominator or null} with {@code e} = x·numerator/denominator, both free of state
     * variables and of t; null if {@code e} is not of that form.
     */
    private Expr[] linearRate(Expr e, String x) {
        if (e instanceof Var v && v.name().equals(x) && v.order() == 0 && v.index() == null) {
            return new Expr[] {new Num(1.0, false, v.line()), null};
        }
        if (e instanceof Unary u && (u.op().equals("-") || u.op().equals("+"))) {
            Expr[] r = linearRate(u.operand(), x);
            return r == null || u.op().equals("+") ? r : new Expr[] {new Unary("-", r[0], u.line()), r[1]};
        }
        if (!(e instanceof Binary b)) {
            return null;
        }
        switch (b.op()) {
            case "*": {
                if (constantRate(b.right())) {
                    Expr[] r = linearRate(b.left(), x);
                    return r == null ? null : new Expr[] {new Binary("*", r[0], b.right(), b.line()), r[1]};
                }
                if (constantRate(b.left())) {
                    Expr[] r = linearRate(b.right(), x);
                    return r == null ? null : new Expr[] {new Binary("*", b.left(), r[0], b.line()), r[1]};
                }
                return null;
            }
            case "/": {
                if (!constantRate(b.right())) {
                    return null;
                }
                Expr[] r = linearRate(b.left(), x);
                return r == null ? null : new Expr[] {r[0], r[1] == null ? b.right() : new Binary("*", r[1], b.right(), b.line())};
            }
            case "+":
            case "-": {
                Expr[] l = linearRate(b.left(), x);
                Expr[] r = linearRate(b.right(), x);
                if (l == null || r == null) {
                    return null;
                }
                return new Expr[] {new Binary(b.op(), quotient(l, b.line()), quotient(r, b.line()), b.line()), null};
            }
            default:
                return null;
        }
    }

    private static Expr quotient(Expr[] rate, int line) {
        return rate[1] == null ? rate[0] : new Binary("/", rate[0], rate[1], line);
    }

    /** True if {@code e} reads no state variable, no t and calls no user function (its value is fixed between events). */
    private boolean constantRate(Expr e) {
        if (e instanceof Var v) {
            Sym sym = symbols.get(v.name());
            if (sym == null) {
                return !v.name().equals("t") && v.order() == 0;
            }
            if (sym.kind == SymKind.INLINE) {
                return constantRate(sym.expr);
            }
            return sym.kind == SymKind.PARAMETER || sym.kind == SymKind.INTERNAL;
        }
        if (e instanceof Call c) {
            return !functions.containsKey(c.name()) && !c.name().startsWith("random_") && c.args().stream().allMatch(this::constantRate);
        }
        if (e instanceof Unary u) {
            return constantRate(u.operand());
        }
        if (e instanceof Binary b) {
            return constantRate(b.left()) && constantRate(b.right());
        }
        if (e instanceof Ternary t) {
            return constantRate(t.condition()) && constantRate(t.ifTrue()) && constantRate(t.ifFalse());
        }
        return true;
    }

    private SynapseLayout synapseLayout() {
        List<SynapseLayout.Value> visible = new ArrayList<>();
        for (Sym sym : visibleSyms) {
            visible.add(synapseValue(sym));
        }
        List<SynapseLayout.Constraint> constraints = new ArrayList<>();
        for (Declaration d : invariants) {
            constraints.add(new SynapseLayout.Constraint(d.names().get(0), file + ":" + d.line() + ": [[" + Printer.print(d.invariant()) + "]]"));
        }
        List<SynapseLayout.Value> common = new ArrayList<>();
        for (Sym sym : commonSyms) {
            common.add(synapseValue(sym));
        }
        return new SynapseLayout(model.name(), model.line(), file, List.copyOf(visible), List.copyOf(common), synapseValue(weightVar),
                delayVar == null ? null : delayVar.name, List.copyOf(constraints), postPort != null, postTraces().size(),
                "NESTML synapse model from " + file);
    }

    private SynapseLayout.Value synapseValue(Sym sym) {
        String unit = sym.type == Typed.Kind.REAL && !sym.typeText.equals("real") ? sym.typeText : "";
        String description = comment(sym.line);
        if (description.isEmpty()) {
            description = (sym.kind == SymKind.PARAMETER ? "parameter" : "state variable") + " (" + sym.typeText + ")";
        }
        return new SynapseLayout.Value(sym.name, unit, description);
    }

    private String emitSynapseClass() {
        StringBuilder out = new StringBuilder();
        out.append("public final class ").append(className)
                .append(" extends org.syncytium.plugins.nestml.runtime.CompiledSynapse {\n\n");
        for (Sym sym : columnSyms) {
            out.append("    double ").append(field(sym.name)).append(";\n");
        }
        int n = visibleSyms.size();
        out.append("\n    public ").append(className).append("() {\n        super(").append(n + commonSyms.size()).append(", ")
                .append(postPort != null).append(", ").append(preBeforePost()).append(");\n    }\n\n");
        // load and store
        out.append("    public void load(double weight, double[] v, int o, double delay) {\n");
        for (int k = 0; k < n; k++) {
            out.append("        ").append(field(visibleSyms.get(k).name)).append(" = v[o + ").append(k).append("];\n");
        }
        for (int k = 0; k < commonSyms.size(); k++) {
            out.append("        ").append(field(commonSyms.get(k).name)).append(" = v[o + ").append(n + k).append("];\n");
        }
        out.append("        ").append(field(weightVar.name)).append(" = weight;\n");
        if (delayVar != null) {
            out.append("        ").append(field(delayVar.name)).append(" = ")
                    .append(convert(Typed.real("delay", MS), delayVar.unit, delayVar.line, delayVar.name)).append(";\n");
        }
        out.append("    }\n\n    public void store(double[] v, int o) {\n");
        for (int k = 0; k < n; k++) {
            if (visibleSyms.get(k).kind == SymKind.STATE) {
                out.append("        v[o + ").append(k).append("] = ").append(field(visibleSyms.get(k).name)).append(";\n");
            }
        }
        out.append("        v[o + ").append(n + commonSyms.size() + 1).append("] = ").append(field(weightVar.name)).append(";\n    }\n\n");
        // initial values and internals
        out.append("    public void defaults(double[] out) {\n");
        for (SymKind kind : new SymKind[] {SymKind.PARAMETER, SymKind.INTERNAL, SymKind.STATE}) {
            if (kind == SymKind.INTERNAL) {
                out.append("        computeInternals();\n");
                continue;
            }
            for (Sym sym : columnSyms) {
                if (sym.kind == kind) {
                    out.append("        ").append(field(sym.name)).append(" = ").append(initialValue(sym, "the initial value of " + sym.name))
                            .append(";\n");
                }
            }
        }
        for (int k = 0; k < n; k++) {
            out.append("        out[").append(k).append("] = ").append(field(visibleSyms.get(k).name)).append(";\n");
        }
        for (int k = 0; k < commonSyms.size(); k++) {
            out.append("        out[").append(n + k).append("] = ").append(field(commonSyms.get(k).name)).append(";\n");
        }
        int c = n + commonSyms.size();
        out.append("        out[").append(c).append("] = ").append(field(weightVar.name)).append(";\n");
        out.append("        out[").append(c + 1).append("] = ").append(delayVar == null ? "1.0"
                : convert(Typed.real(field(delayVar.name), delayVar.unit), MS, delayVar.line, delayVar.name)).append(";\n    }\n\n");
        out.append("    public void computeInternals() {\n");
        for (Sym sym : columnSyms) {
            if (sym.kind == SymKind.INTERNAL) {
                out.append("        ").append(field(sym.name)).append(" = ").append(initialValue(sym, "internal " + sym.name)).append(";\n");
            }
        }
        out.append("    }\n\n    public int violatedConstraint() {\n");
        for (int k = 0; k < invariants.size(); k++) {
            Declaration d = invariants.get(k);
            initializer = "the constraint of " + d.names().get(0);
            Typed cond = emit(d.invariant(), new Ctx(false, null));
            initializer = null;
            if (cond.kind() != Typed.Kind.BOOLEAN) {
                throw error(d.line(), "the constraint [[...]] of " + d.names().get(0) + " is not a boolean expression");
            }
            out.append("        if (!(").append(cond.code()).append(")) {\n            return ").append(k).append(";\n        }\n");
        }
        out.append("        return -1;\n    }\n\n");
        // events
        out.append("    protected void advance(double interval) {\n        h = interval;\n");
        emitBlock(out, model.update(), new Ctx(false, null), 2);
        out.append("    }\n\n");
        for (Sym port : new Sym[] {prePort, postPort}) {
            out.append("    protected void ").append(port == prePort ? "onPre" : "onPost").append("() {\n");
            for (OnReceive r : model.onReceive()) {
                if (port != null && r.port().equals(port.name)) {
                    emitBlock(out, r.body(), new Ctx(false, null), 2);
                }
            }
            out.append("    }\n\n");
        }
        List<Sym> traces = postTraces();
        out.append("    protected void keepPostTraces(double[] v, int at) {\n");
        for (int k = 0; k < traces.size(); k++) {
            out.append("        v[at + ").append(k).append("] = ").append(field(traces.get(k).name)).append(";\n");
        }
        out.append("    }\n\n    protected void swapPostTraces(double[] v, int at) {\n");
        for (int k = 0; k < traces.size(); k++) {
            String f = field(traces.get(k).name);
            out.append("        final double s").append(k).append(" = ").append(f).append(";\n        ").append(f).append(" = v[at + ")
                    .append(k).append("];\n        v[at + ").append(k).append("] = s").append(k).append(";\n");
        }
        out.append("    }\n\n");
        emitFunctions(out);
        out.append("}\n");
        refuseRandomReachedFromInitializers();
        return out.toString();
    }

    /**
     * State variables that only the postsynaptic handler assigns (not the presynaptic one, the update
     * block or a function): what NESTML's NEST target moves into the neuron as postsynaptic traces.
     */
    private List<Sym> postTraces() {
        Set<String> post = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        for (OnReceive r : model.onReceive()) {
            assignedIn(r.body(), postPort != null && r.port().equals(postPort.name) ? post : elsewhere);
        }
        assignedIn(model.update(), elsewhere);
        for (Ast.Function f : model.functions()) {
            assignedIn(f.body(), elsewhere);
        }
        List<Sym> traces = new ArrayList<>();
        for (Sym sym : visibleSyms) {
            if (sym.kind == SymKind.STATE && post.contains(sym.name) && !elsewhere.contains(sym.name)) {
                traces.add(sym);
            }
        }
        return traces;
    }

    private static void assignedIn(Block block, Set<String> names) {
        for (Stmt st : block.statements()) {
            if (st instanceof Assign a) {
                names.add(a.target().name());
            } else if (st instanceof If i) {
                i.bodies().forEach(b -> assignedIn(b, names));
                if (i.orElse() != null) {
                    assignedIn(i.orElse(), names);
                }
            } else if (st instanceof While w) {
                assignedIn(w.body(), names);
            } else if (st instanceof For f) {
                names.add(f.variable());
                assignedIn(f.body(), names);
            }
        }
    }

    private String initialValue(Sym sym, String what) {
        if (sym.expr == null) {
            return "0.0";
        }
        initializer = what;
        String value = assignValue(sym.name, sym.unit, sym.type, sym.expr, new Ctx(false, null), sym.line, false);
        initializer = null;
        return value;
    }

    /** integrate_odes() in a synapse: each ODE named (all without names) times its propagator over h. */
    private String propagateOdes(Call call) {
        List<Integer> odes = new ArrayList<>();
        if (call.args().isEmpty()) {
            for (int k = 0; k < odeStates.size(); k++) {
                odes.add(k);
            }
        }
        for (Expr arg : call.args()) {
            odes.add(odeOfArgument(call, arg));
        }
        StringBuilder code = new StringBuilder();
        for (int k : odes) {
            code.append(code.length() == 0 ? "" : " ").append(odeStates.get(k)).append(" *= Math.exp(")
                    .append(propagatorExponents.get(k)).append(");");
        }
        return code.length() == 0 ? "// integrate_odes(): no ODEs" : code.toString();
    }

    private int odeOfArgument(Call call, Expr arg) {
        if (!(arg instanceof Var v) || v.index() != null || v.order() != 0) {
            throw error(call.line(), "integrate_odes takes state variable names");
        }
        Sym sym = symbols.get(v.name());
        if (sym == null || sym.kind != SymKind.STATE) {
            throw error(call.line(), "integrate_odes(" + v.name() + "): '" + v.name() + "' is not a state variable");
        }
        if (sym.ode < 0) {
            throw error(call.line(), "integrate_odes(" + v.name() + "): '" + v.name() + "' has no ODE");
        }
        return sym.ode;
    }

    /** emit_spike([weight[, delay]]) in a synapse: what the spike carries, in the weight variable's unit (the weight without arguments). */
    private String synapseEmit(Call call, Ctx ctx) {
        if (call.args().isEmpty()) {
            return "emitted = " + field(weightVar.name) + "; // emit_spike(): the weight"; // NESTML: the connection's weight
        }
        if (call.args().size() > 2) {
            throw error(call.line(), "emit_spike in a synapse model takes the weight the spike carries (and the delay variable)");
        }
        if (call.args().size() == 2 && !(delayVar != null && call.args().get(1) instanceof Var d && d.name().equals(delayVar.name))) {
            throw error(call.line(), "emit_spike(w, d): a spike's own delay is not supported; the second argument can only be the"
                    + " delay_variable");
        }
        return "emitted = " + assignValue("the weight emit_spike carries", weightVar.unit, Typed.Kind.REAL, call.args().get(0), ctx,
                call.line(), false) + ";";
    }

    // ================================================================== class emission

    private static String field(String name) {
        return "v_" + name.replace("$", "_S_").replace("'", "__d");
    }

    private String emitClass() {
        findConstantOdes();
        findExactComponents();
        StringBuilder out = new StringBuilder();
        out.append("public final class ").append(className)
                .append(" extends org.syncytium.plugins.nestml.runtime.CompiledNeuron {\n\n");
        for (Sym s : columnSyms) {
            out.append("    double ").append(field(s.name)).append(";\n");
        }
        for (KernelState ds : deltaStates) {
            out.append("    double ").append(ds.valueName).append(";\n");
        }
        for (Sym v : vectorSyms) {
            out.append("    double[] ").append(field(v.name)).append(";\n");
        }
        for (Sym p : symbols.values()) {
            if (p.elements != null) {
                out.append("    final double[] spv_").append(p.name).append(" = new double[").append(p.elements.size()).append("];\n");
            }
        }
        for (int c = 0; c < exactComponents.size(); c++) {
            out.append("    final double[] lin").append(c).append(" = new double[").append(exactComponents.get(c).length).append("];\n");
        }
        out.append("\n    public ").append(className).append("() {\n        super(").append(odeStates.size()).append(", ")
                .append(gapVoltage != null ? gapVoltage.ode : 0).append(");\n");
        if (numericSolver == NumericSolver.FORWARD_EULER) {
            out.append("        forwardEuler();\n");
        }
        if (!exactComponents.isEmpty()) {
            out.append("        linearComponents(new int[] {");
            for (int c = 0; c < exactComponents.size(); c++) {
                out.append(c == 0 ? "" : ", ").append(exactComponents.get(c).length);
            }
            out.append("});\n");
        }
        out.append("    }\n\n");
        emitLoadStore(out);
        emitLinearSystems(out);
        emitInitialize(out);
        emitInternals(out);
        emitConstraints(out);
        emitRhs(out);
        emitStep(out);
        emitDeltaRhs(out);
        emitGap(out);
        emitInlineValues(out);
        emitFunctions(out);
        out.append("}\n");
        refuseRandomReachedFromInitializers();
        return out.toString();
    }

    private static String randomInInitializer(String what, String initializer) {
        return what + " in " + initializer + " is not supported: initial values, internals and constraints are"
                + " computed before the kernel hands out the neurons' seeds (draw them per neuron with the"
                + " kernel's random parameters instead, which follow rng_seed: V_m: {normal: {mean: -65, std: 5}}"
                + " in a scenario, nest.random.normal in Python)";
    }

    /** A function called from an initializer may not draw random numbers, directly or through other functions. */
    private void refuseRandomReachedFromInitializers() {
        for (Map.Entry<String, String[]> call : initializerCalls.entrySet()) {
            Set<String> seen = new HashSet<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(call.getKey()));
            while (!todo.isEmpty()) {
                String f = todo.pop();
                if (!seen.add(f)) {
                    continue;
                }
                if (randomFunctions.contains(f)) {
                    throw error(Integer.parseInt(call.getValue()[0]), randomInInitializer("function " + call.getKey()
                            + "(), which draws random numbers,", call.getValue()[1]));
                }
                todo.addAll(functionCalls.getOrDefault(f, Set.of()));
            }
        }
    }

    private void emitLoadStore(StringBuilder out) {
        out.append("    public void load(int i) {\n");
        for (Sym s : columnSyms) {
            out.append("        ").append(field(s.name)).append(" = columns[").append(s.column).append("][i];\n");
        }
        for (Sym v : vectorSyms) {
            // the neuron's own array: the statements change its elements in place (no trial passes: no gap junctions)
            out.append("        ").append(field(v.name)).append(" = vectors[").append(v.vector).append("][i];\n");
        }
        out.append("        absTol = columns[").append(absTolColumn).append("][i];\n");
        out.append("        neuron = i;\n");
        if (rngColumn >= 0) {
            out.append("        draws = ").append(field(columns.get(rngColumn).name())).append(";\n");
        }
        out.append("        relTol = columns[").append(relTolColumn).append("][i];\n");
        out.append("    }\n\n    public void store(int i) {\n");
        if (rngColumn >= 0) {
            out.append("        ").append(field(columns.get(rngColumn).name())).append(" = draws;\n");
        }
        for (Sym s : columnSyms) {
            if (s.kind == SymKind.STATE) {
                out.append("        columns[").append(s.column).append("][i] = ").append(field(s.name)).append(";\n");
            }
        }
        out.append("    }\n\n    public void odeFieldsToY() {\n");
        for (int k = 0; k < odeStates.size(); k++) {
            out.append("        y[").append(k).append("] = ").append(odeStates.get(k)).append(";\n");
        }
        out.append("    }\n\n    private void yToOdeFields() {\n");
        for (int k = 0; k < odeStates.size(); k++) {
            out.append("        ").append(odeStates.get(k)).append(" = y[").append(k).append("];\n");
        }
        out.append("    }\n\n");
    }

    /** Evaluates declarations' initial values into fields and columns, in order. */
    private void emitInitialize(StringBuilder out) {
        out.append("    public void initialize(int i) {\n");
        for (Sym s : columnSyms) {
            if (s.kind == SymKind.PARAMETER) {
                emitInitialValue(out, s);
            }
        }
        // vector parameters after the scalars: a size parameter may be declared after the vector it sizes
        for (Sym v : vectorSyms) {
            if (v.kind == SymKind.PARAMETER) {
                emitInitialValue(out, v);
            }
        }
        out.append("        computeInternals(i);\n");
        for (Sym s : declared) {
            if (s.kind == SymKind.STATE) {
                emitInitialValue(out, s);
            }
        }
        for (Sym s : columnSyms) {
            if (s.kind == SymKind.STATE && !declared.contains(s)) {
                emitInitialValue(out, s);
            }
        }
        out.append("    }\n\n");
    }

    /** Java code of vector {@code v}'s size for the loaded neuron. */
    private static String sizeCode(Sym v) {
        return v.sizeParam != null ? "(int) " + field(v.sizeParam.name) : String.valueOf(v.sizeLiteral);
    }

    private void emitInitialValue(StringBuilder out, Sym s) {
        String value;
        if (s.expr == null) {
            if (s.name.equals("gsl_abs_error_tol") || s.name.equals("gsl_rel_error_tol")) {
                value = "1.0E-6";
            } else {
                value = "0.0";
            }
        } else {
            initializer = "the initial value of " + s.name;
            value = assignValue(s.name, s.unit, s.type, s.expr, new Ctx(false, null), s.line, false);
            initializer = null;
        }
        if (s.vector >= 0) {
            // NESTML fills the vector with the declaration's one value
            out.append("        ").append(field(s.name)).append(" = filled(").append(sizeCode(s)).append(", ").append(value)
                    .append(", ").append(javaString(file + ":" + s.line + ": " + s.name)).append(");\n");
            out.append("        vectors[").append(s.vector).append("][i] = ").append(field(s.name)).append(";\n");
            return;
        }
        out.append("        ").append(field(s.name)).append(" = ").append(value).append(";\n");
        out.append("        columns[").append(s.column).append("][i] = ").append(field(s.name)).append(";\n");
    }

    private void emitInternals(StringBuilder out) {
        out.append("    public void computeInternals(int i) {\n");
        for (Sym s : columnSyms) {
            if (s.kind == SymKind.PARAMETER) {
                out.append("        ").append(field(s.name)).append(" = columns[").append(s.column).append("][i];\n");
            }
        }
        for (Sym v : vectorSyms) {
            if (v.kind == SymKind.PARAMETER) {
                out.append("        ").append(field(v.name)).append(" = vectors[").append(v.vector).append("][i];\n");
            }
        }
        // the file's internals in its order (one may read another), then the kernels' hidden ones
        for (Sym s : declared) {
            if (s.kind == SymKind.INTERNAL) {
                emitInternal(out, s);
            }
        }
        for (Sym s : columnSyms) {
            if (s.kind == SymKind.INTERNAL && !declared.contains(s)) {
                emitInternal(out, s);
            }
        }
        out.append("    }\n\n");
    }

    private void emitInternal(StringBuilder out, Sym s) {
        if (s.vector >= 0) {
            emitInitialValue(out, s);
            return;
        }
        String value;
        if (s.expr == null) {
            value = "0.0";
        } else {
            Ctx ctx = new Ctx(false, null);
            initializer = "internal " + s.name;
            value = s.name.endsWith("__tau") || s.name.endsWith("__amplitude")
                    ? convert(emit(s.expr, ctx), s.unit, s.line, s.name) : assignValue(s.name, s.unit, s.type, s.expr, ctx, s.line, false);
            initializer = null;
        }
        out.append("        ").append(field(s.name)).append(" = ").append(value).append(";\n");
        out.append("        columns[").append(s.column).append("][i] = ").append(field(s.name)).append(";\n");
    }

    private void emitConstraints(StringBuilder out) {
        out.append("    public String violatedConstraint() {\n");
        for (Declaration d : invariants) {
            initializer = "the constraint of " + d.names().get(0);
            Typed cond = emit(d.invariant(), new Ctx(false, null));
            initializer = null;
            if (cond.kind() != Typed.Kind.BOOLEAN) {
                throw error(d.line(), "the constraint [[...]] of " + d.names().get(0) + " is not a boolean expression");
            }
            String text = file + ":" + d.line() + ": [[" + Printer.print(d.invariant()) + "]]";
            out.append("        if (!(").append(cond.code()).append(")) {\n            return ")
                    .append(javaString(text)).append(";\n        }\n");
        }
        out.append("        return null;\n    }\n\n");
    }

    /**
     * ODEs whose right-hand side reads no state variable, no t and no input (a refractory timer,
     * {@code refr_t' = -1e3 * ms/s}) and that no other right-hand side reads: integrated exactly,
     * x += h·c after the RKF45 step (as NESTML's NEST target propagates them), not inside it, where
     * the end of a timer would depend on the other ODEs' step sizes and so on the neuron's history.
     */
    private final Set<Integer> constantOdes = new HashSet<>();
    /**
     * ODEs x' = a·x with a constant rate a (a trace, x' = -x / tau) that no other right-hand side
     * reads: propagated exactly, x ← x·exp(a·h) after the RKF45 step, as NESTML's NEST target does
     * with ODE-toolbox's propagator, by ODE index the rate as {numerator, denominator or null}.
     */
    private final Map<Integer, Expr[]> decayingOdes = new HashMap<>();

    private void findConstantOdes() {
        for (int k = 0; k < odeStates.size(); k++) {
            if (odeRhs.get(k) == null || odeRenames.get(k) != null || (gapVoltage != null && odeSyms.get(k) == gapVoltage)) {
                continue;
            }
            String name = odeSyms.get(k).name;
            boolean constant = constantRate(odeRhs.get(k));
            Expr[] rate = constant ? null : linearRate(odeRhs.get(k), name);
            if (!constant && rate == null) {
                continue;
            }
            boolean read = false;
            for (int j = 0; j < odeStates.size(); j++) {
                read |= j != k && odeRhs.get(j) != null && readsInEquations(odeRhs.get(j), name, new HashSet<>());
            }
            if (read) {
                continue;
            }
            if (constant) {
                constantOdes.add(k);
            } else {
                decayingOdes.put(k, rate);
            }
        }
    }

    // ================================================================== exact linear components

    /**
     * Groups of ODE states that read only each other (NESTML's ODE-toolbox solves each connected group
     * on its own) whose right-hand sides are affine in the group's states with coefficients constant
     * over a step: propagated exactly by {@code LinearPropagator}, as NESTML's NEST target propagates
     * what ODE-toolbox solves analytically (iaf_psc_exp: V_m with its synaptic currents). Members in
     * ODE order; a timer or a lone decay stays with the simpler rules above.
     */
    private final List<int[]> exactComponents = new ArrayList<>();
    /** Per component, per member row: the nonzero coefficients' Java code by column, and the constant term's. */
    private final List<List<Map<Integer, String>>> exactCoefficients = new ArrayList<>();
    private final List<List<String>> exactConstants = new ArrayList<>();
    private final Set<Integer> exactOdes = new HashSet<>();

    /** A right-hand side as Σ coef · state + constant, the coefficients and the constant fixed over a step; null constant is 0. */
    private record Affine(Map<Integer, Expr> coef, Expr constant) {
        boolean isConstant() {
            return coef.isEmpty();
        }
    }

    /** A unit that does not match where a coefficient goes: the group stays with RKF45. */
    private static final class NotExact extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotExact() {
            super(null, null, false, false);
        }
    }

    private void findExactComponents() {
        int n = odeStates.size();
        if (gapVoltage != null || n == 0) {
            return; // the gap current varies within the step
        }
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        for (int k = 0; k < n; k++) {
            Set<Integer> reads = new HashSet<>();
            if (odeRhs.get(k) == null) {
                for (KernelState ks : kernelStates) {
                    if (odeStates.get(k).equals(ks.valueName) && ks.derivName != null) {
                        reads.add(odeStates.indexOf(ks.derivName));
                    }
                }
            } else {
                odeReads(odeRhs.get(k), reads, new HashSet<>());
            }
            if (reads.contains(-1)) {
                return; // a user function in an equation: what it reads is not seen here, so nothing is exact
            }
            for (int j : reads) {
                parent[root(parent, j)] = root(parent, k);
            }
        }
        Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int k = 0; k < n; k++) {
            groups.computeIfAbsent(root(parent, k), r -> new ArrayList<>()).add(k);
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() == 1 && (constantOdes.contains(group.get(0)) || decayingOdes.containsKey(group.get(0)))) {
                continue;
            }
            int[] members = group.stream().sorted().mapToInt(Integer::intValue).toArray();
            List<Map<Integer, String>> rows = new ArrayList<>();
            List<String> constants = new ArrayList<>();
            if (linearRows(members, rows, constants)) {
                exactComponents.add(members);
                exactCoefficients.add(rows);
                exactConstants.add(constants);
                for (int k : members) {
                    exactOdes.add(k);
                }
            }
        }
    }

    private static int root(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /** The ODE states {@code e} reads, directly, through inline expressions or through convolve's kernel states. */
    private void odeReads(Expr e, Set<Integer> out, Set<String> inlinesSeen) {
        if (e instanceof Var v) {
            Sym s = symbols.get(v.name() + "'".repeat(v.order()));
            if (s != null && s.ode >= 0) {
                out.add(s.ode);
            } else if (s != null && s.kind == SymKind.INLINE && inlinesSeen.add(s.name)) {
                odeReads(s.expr, out, inlinesSeen);
            }
            if (v.index() != null) {
                odeReads(v.index(), out, inlinesSeen);
            }
        } else if (e instanceof Call c) {
            if (c.name().equals("convolve")) {
                for (KernelState ks : convolution(c)) {
                    if (!ks.delta) {
                        out.add(odeStates.indexOf(ks.valueName));
                    }
                }
                return;
            }
            if (functions.containsKey(c.name())) {
                out.add(-1); // a user function may read any state: no exact group through it
            }
        }
        operands(e).forEach(a -> odeReads(a, out, inlinesSeen));
    }

    /** The group's rows as Java code, or false if one is not affine with step-constant coefficients. */
    private boolean linearRows(int[] members, List<Map<Integer, String>> rows, List<String> constants) {
        Set<Integer> group = new HashSet<>();
        for (int k : members) {
            group.add(k);
            if (odeRenames.get(k) != null) {
                return false; // copies of ODE-form kernels: RKF45
            }
        }
        Ctx ctx = new Ctx(true, null);
        try {
            for (int k : members) {
                Sym x = odeSyms.get(k);
                Unit rate = x.unit.divide(MS);
                Map<Integer, String> row = new LinkedHashMap<>();
                String constant = "0.0";
                if (odeRhs.get(k) == null) {
                    for (KernelState ks : kernelStates) {
                        String tau = field(columns.get(ks.tauColumn).name());
                        if (odeStates.get(k).equals(ks.valueName) || odeStates.get(k).equals(ks.derivName)) {
                            row.put(k, "-1.0 / " + tau);
                            if (odeStates.get(k).equals(ks.valueName) && ks.derivName != null) {
                                row.put(odeStates.indexOf(ks.derivName), "1.0");
                            }
                        }
                    }
                } else {
                    Affine f = affine(odeRhs.get(k), group, new HashSet<>());
                    if (f == null || f.coef().keySet().stream().anyMatch(j -> !group.contains(j))) {
                        return false;
                    }
                    for (Map.Entry<Integer, Expr> term : f.coef().entrySet()) {
                        Unit target = rate.divide(odeSyms.get(term.getKey()).unit);
                        row.put(term.getKey(), strictConvert(emit(term.getValue(), ctx), target));
                    }
                    if (f.constant() != null) {
                        constant = strictConvert(emit(f.constant(), ctx), rate);
                    }
                }
                rows.add(row);
                constants.add(constant);
            }
        } catch (NotExact e) {
            return false;
        }
        return true;
    }

    /** {@link #convert} without NESTML's leniency: a dimensionless value meeting a quantity keeps the group numeric. */
    private String strictConvert(Typed t, Unit target) {
        if (!t.numeric() || !t.plain() && !t.unit().sameDimension(target)) {
            throw new NotExact();
        }
        return convert(t, target, 0, "");
    }

    /** {@code e} as an affine form in the group's states, or null. */
    private Affine affine(Expr e, Set<Integer> group, Set<String> inlinesSeen) {
        if (e instanceof Num) {
            return new Affine(Map.of(), e);
        }
        if (e instanceof Var v) {
            Sym s = symbols.get(v.name() + "'".repeat(v.order()));
            if (s == null) {
                boolean constant = v.name().equals("e") || v.name().equals("pi") || Units.lookup(v.name()).isPresent();
                return constant && v.order() == 0 ? new Affine(Map.of(), e) : null;
            }
            if (v.index() != null) {
                Affine index = affine(v.index(), group, inlinesSeen);
                return s.vector >= 0 && index != null && index.isConstant() ? new Affine(Map.of(), e) : null;
            }
            switch (s.kind) {
                case PARAMETER:
                case INTERNAL:
                case SPIKE_PORT: // delta pulses: zero while the step is integrated, jumps after it
                    return new Affine(Map.of(), e);
                case CONTINUOUS_PORT:
                    return s == gapPort ? null : new Affine(Map.of(), e); // a device current is held over the step
                case STATE:
                    if (s.ode < 0) {
                        return s.type == Typed.Kind.BOOLEAN ? null : new Affine(Map.of(), e); // changes between steps only
                    }
                    return group.contains(s.ode) ? new Affine(Map.of(s.ode, new Num(1.0, false, v.line())), null) : null;
                case INLINE:
                    if (!inlinesSeen.add(s.name) || s.type == Typed.Kind.BOOLEAN) {
                        return null;
                    }
                    try {
                        return affine(s.expr, group, inlinesSeen);
                    } finally {
                        inlinesSeen.remove(s.name);
                    }
                default:
                    return null;
            }
        }
        if (e instanceof Call c) {
            if (c.name().equals("convolve")) {
                Map<Integer, Expr> coef = new LinkedHashMap<>();
                for (KernelState ks : convolution(c)) {
                    if (ks.delta) {
                        return new Affine(Map.of(), e); // zero while integrating
                    }
                    coef.put(odeStates.indexOf(ks.valueName), new Num(1.0, false, c.line()));
                }
                return new Affine(coef, null);
            }
            if (functions.containsKey(c.name()) || c.name().startsWith("random_") || c.name().equals("delta")) {
                return null;
            }
            for (Expr arg : c.args()) {
                Affine a = affine(arg, group, inlinesSeen);
                if (a == null || !a.isConstant()) {
                    return null;
                }
            }
            return new Affine(Map.of(), e);
        }
        if (e instanceof Unary u) {
            Affine a = affine(u.operand(), group, inlinesSeen);
            if (a == null || !u.op().equals("-") && !u.op().equals("+")) {
                return null;
            }
            return u.op().equals("+") ? a : scale(a, x -> new Unary("-", x, u.line()));
        }
        if (e instanceof Binary b) {
            Affine l = affine(b.left(), group, inlinesSeen);
            Affine r = affine(b.right(), group, inlinesSeen);
            if (l == null || r == null) {
                return null;
            }
            switch (b.op()) {
                case "+":
                case "-": {
                    Map<Integer, Expr> coef = new LinkedHashMap<>(l.coef());
                    for (Map.Entry<Integer, Expr> t : r.coef().entrySet()) {
                        Expr right = b.op().equals("-") ? new Unary("-", t.getValue(), b.line()) : t.getValue();
                        coef.merge(t.getKey(), right, (x, y) -> new Binary("+", x, y, b.line()));
                    }
                    Expr constant = l.constant() == null ? (r.constant() == null ? null
                            : b.op().equals("-") ? new Unary("-", r.constant(), b.line()) : r.constant())
                            : r.constant() == null ? l.constant() : new Binary(b.op(), l.constant(), r.constant(), b.line());
                    return new Affine(coef, constant);
                }
                case "*":
                    if (l.isConstant() && l.constant() != null) {
                        return scale(r, x -> new Binary("*", b.left(), x, b.line()));
                    }
                    if (r.isConstant() && r.constant() != null) {
                        return scale(l, x -> new Binary("*", x, b.right(), b.line()));
                    }
                    return null;
                case "/":
                    return r.isConstant() && r.constant() != null ? scale(l, x -> new Binary("/", x, b.right(), b.line())) : null;
                case "**":
                    return l.isConstant() && r.isConstant() ? new Affine(Map.of(), e) : null;
                default:
                    return null;
            }
        }
        return null;
    }

    private static Affine scale(Affine a, java.util.function.UnaryOperator<Expr> by) {
        Map<Integer, Expr> coef = new LinkedHashMap<>();
        a.coef().forEach((k, c) -> coef.put(k, by.apply(c)));
        return new Affine(coef, a.constant() == null ? null : by.apply(a.constant()));
    }

    /** The generated {@code linearSystem(c, a, b)}: each exact group's A (row-major) and b from the loaded fields. */
    private void emitLinearSystems(StringBuilder out) {
        if (exactComponents.isEmpty()) {
            return;
        }
        out.append("    protected void linearSystem(int c, double[] a, double[] b) {\n        switch (c) {\n");
        for (int c = 0; c < exactComponents.size(); c++) {
            int[] members = exactComponents.get(c);
            out.append("            case ").append(c).append(":\n");
            for (int j = 0; j < members.length; j++) {
                for (Map.Entry<Integer, String> t : exactCoefficients.get(c).get(j).entrySet()) {
                    int col = java.util.Arrays.binarySearch(members, t.getKey());
                    out.append("                a[").append(j * members.length + col).append("] = ").append(t.getValue()).append(";\n");
                }
                out.append("                b[").append(j).append("] = ").append(exactConstants.get(c).get(j)).append(";\n");
            }
            out.append("                break;\n");
        }
        out.append("            default:\n                break;\n        }\n    }\n\n");
    }

    /** True if {@code e} reads {@code name}, directly or through inline expressions. */
    private boolean readsInEquations(Expr e, String name, Set<String> inlinesSeen) {
        if (refersTo(e, name)) {
            return true;
        }
        for (Sym s : symbols.values()) {
            if (s.kind == SymKind.INLINE && refersTo(e, s.name) && inlinesSeen.add(s.name)
                    && readsInEquations(s.expr, name, inlinesSeen)) {
                return true;
            }
        }
        return false;
    }

    private void emitRhs(StringBuilder out) {
        out.append("    public void derivatives(double tLocal, double[] y, double[] f) {\n");
        for (int k = 0; k < odeStates.size(); k++) {
            out.append("        final double ").append(odeStates.get(k)).append(" = y[").append(k).append("];\n");
        }
        Ctx ctx = new Ctx(true, null);
        for (int k = 0; k < odeStates.size(); k++) {
            Sym s = odeSyms.get(k);
            String value;
            if (odeRhs.get(k) == null) {
                value = kernelDerivative(s);
                out.append("        f[").append(k).append("] = ").append(value).append(";\n");
                continue;
            }
            Ctx odeCtx = ctx;
            if (odeRenames.get(k) != null) {
                odeCtx = new Ctx(true, ctx);
                odeCtx.locals.putAll(odeRenames.get(k));
            }
            Typed rhs = emit(odeRhs.get(k), odeCtx);
            value = convert(rhs, s.unit.divide(MS), odeLine(s.name), s.name + "'");
            odeRhsCode.put(k, value);
            if (constantOdes.contains(k) || decayingOdes.containsKey(k) || exactOdes.contains(k)) {
                out.append("        f[").append(k).append("] = 0.0; // integrated exactly after the step\n");
            } else if (partialIntegration && !odeKernelFields.contains(odeStates.get(k))) {
                out.append("        f[").append(k).append("] = (activeOdes & ").append(1L << k).append("L) != 0L ? ")
                        .append(value).append(" : 0.0;\n");
            } else {
                out.append("        f[").append(k).append("] = ").append(value).append(";\n");
            }
        }
        out.append("    }\n\n");
    }

    private int odeLine(String name) {
        Integer known = odeLines.get(name);
        if (known != null) {
            return known;
        }
        for (Equation eq : model.equations()) {
            if (eq instanceof Ode o && o.name().equals(name)) {
                return o.line();
            }
        }
        return model.line();
    }

    /** d' = -d / tau and x' = d - x / tau (t·exp terms), or x' = -x / tau (exp terms), as NEST writes them. */
    private String kernelDerivative(Sym s) {
        String f = field(s.name);
        for (KernelState ks : kernelStates) {
            String tau = field(columns.get(ks.tauColumn).name());
            if (f.equals(ks.derivName)) {
                return "-" + f + " / " + tau;
            }
            if (f.equals(ks.valueName)) {
                return ks.derivName != null ? ks.derivName + " - " + f + " / " + tau : "-" + f + " / " + tau;
            }
        }
        throw new IllegalStateException("no kernel state " + s.name);
    }

    private void emitStep(StringBuilder out) {
        out.append("    public void step() {\n");
        emitPortLocals(out);
        Ctx ctx = new Ctx(false, null);
        emitBlock(out, model.update(), ctx, 2);
        // spike input of the step: kernel jumps and onReceive handlers
        for (KernelState ks : kernelStates) {
            String target = ks.derivName != null ? ks.derivName : ks.valueName;
            out.append("        ").append(target).append(" += sp_").append(ks.port).append(" * ")
                    .append(field(columns.get(ks.ampColumn).name())).append(";\n");
        }
        for (KernelState ds : deltaStates) {
            String amp = ds.ampColumn < 0 ? "1000.0" : field(columns.get(ds.ampColumn).name());
            for (Map.Entry<Integer, String> rhs : odeRhsCode.entrySet()) {
                if (!rhs.getValue().contains(ds.valueName)) {
                    continue;
                }
                String target = odeStates.get(rhs.getKey());
                out.append("        if (sp_").append(ds.port).append(" != 0.0) {\n")
                        .append("            ").append(ds.valueName).append(" = 1.0;\n")
                        .append("            final double with").append(rhs.getKey()).append(" = rhs").append(rhs.getKey()).append("(0.0);\n")
                        .append("            ").append(ds.valueName).append(" = 0.0;\n")
                        .append("            ").append(target).append(" += sp_").append(ds.port).append(" * ").append(amp)
                        .append(" * (with").append(rhs.getKey()).append(" - rhs").append(rhs.getKey()).append("(0.0));\n")
                        .append("        }\n");
            }
        }
        for (String[] jump : odeKernelJumps) {
            out.append("        ").append(jump[0]).append(" += sp_").append(jump[1]).append(" * ").append(jump[2]).append(";\n");
        }
        // spikes of one step reach the handlers from the highest priority down, in file order among equals
        List<OnReceive> handlers = new ArrayList<>(model.onReceive());
        handlers.sort(java.util.Comparator.comparingLong((OnReceive r) -> r.priority() == null ? 0L : r.priority()).reversed());
        for (OnReceive r : handlers) {
            Sym port = symbols.get(r.port());
            if (port == null || port.kind != SymKind.SPIKE_PORT) {
                throw error(r.line(), "onReceive(" + r.port() + "): '" + r.port() + "' is not a spike input port");
            }
            out.append("        if (sp_").append(r.port()).append(" != 0.0) {\n");
            emitBlock(out, r.body(), new Ctx(false, ctx), 3);
            out.append("        }\n");
        }
        for (OnCondition c : model.onCondition()) {
            Typed cond = emit(c.condition(), ctx);
            if (cond.kind() != Typed.Kind.BOOLEAN) {
                throw error(c.line(), "onCondition needs a boolean condition");
            }
            out.append("        if (").append(cond.code()).append(") {\n");
            emitBlock(out, c.body(), new Ctx(false, ctx), 3);
            out.append("        }\n");
        }
        out.append("    }\n\n");
    }

    private void emitPortLocals(StringBuilder out) {
        for (Sym s : symbols.values()) {
            if (s.kind == SymKind.SPIKE_PORT && s.elements == null) {
                out.append("        final double sp_").append(s.name).append(" = ").append(portInputs.get(s)).append(";\n");
            }
        }
        for (Sym s : symbols.values()) {
            if (s.elements != null) {
                for (int i = 0; i < s.elements.size(); i++) {
                    out.append("        spv_").append(s.name).append("[").append(i).append("] = sp_")
                            .append(s.elements.get(i).name).append(";\n");
                }
            }
        }
    }

    /**
     * Spike ports to receptors, by the rules of NESTML's NEST target: a port with no qualifier (or
     * both) has a receptor of its own; an excitatory-only and an inhibitory-only port pair up on one
     * receptor, positive weights reaching the first and negated negative weights the second; a port
     * left without its pair takes every weight as it is. With more than one unqualified port or
     * more than two qualified ones the model has receptor types 1 to R in port order, named by the
     * upper-case port names; otherwise its one receptor is 0.
     */
    private void assignReceptors(List<Sym> ports) {
        List<List<Sym>> groups = new ArrayList<>();
        int unqualified = 0;
        int qualified = 0;
        for (Sym s : ports) {
            if (single(s) == 0) {
                unqualified++;
                groups.add(new ArrayList<>(List.of(s)));
                continue;
            }
            qualified++;
            List<Sym> partner = null;
            for (List<Sym> group : groups) {
                if (group.size() == 1 && single(group.get(0)) == -single(s)) {
                    partner = group;
                    break;
                }
            }
            if (partner != null) {
                partner.add(s);
            } else {
                groups.add(new ArrayList<>(List.of(s)));
            }
        }
        boolean several = unqualified > 1 || qualified > 2
                || ports.stream().anyMatch(s -> s.port.size() != null);
        if (!several && groups.size() > 1) {
            Sym second = groups.get(1).get(0);
            throw error(second.line, "a second spike port ('" + second.name + "') on one receptor: a model takes"
                    + " either one port, or one excitatory and one inhibitory port, or (with receptor types) more than"
                    + " one unqualified port or more than two qualified ones");
        }
        for (int g = 0; g < groups.size(); g++) {
            String ex = several ? "receptorEx[" + g + "]" : "spikeEx";
            String in = several ? "receptorIn[" + g + "]" : "spikeIn";
            for (Sym s : groups.get(g)) {
                portInputs.put(s, groups.get(g).size() == 1 ? "(" + ex + " + " + in + ")"
                        : single(s) > 0 ? ex : "-" + in);
                if (several) {
                    receptorTypes.put(s.receptorName, g + 1);
                }
            }
        }
    }

    /** 1 for an excitatory-only port, -1 for an inhibitory-only one, 0 for a port that takes both signs. */
    private static int single(Sym s) {
        boolean ex = s.port.excitatory();
        boolean in = s.port.inhibitory();
        return ex == in ? 0 : ex ? 1 : -1;
    }

    /** One method per ODE whose right-hand side a delta kernel enters, evaluated on the fields. */
    private void emitDeltaRhs(StringBuilder out) {
        for (Map.Entry<Integer, String> rhs : odeRhsCode.entrySet()) {
            boolean used = deltaStates.stream().anyMatch(ds -> rhs.getValue().contains(ds.valueName));
            if (used) {
                out.append("    private double rhs").append(rhs.getKey()).append("(double tLocal) {\n        return ")
                        .append(rhs.getValue()).append(";\n    }\n\n");
            }
        }
    }

    private void emitGap(StringBuilder out) {
        out.append("    public double gapVoltage() {\n        return ")
                .append(gapVoltage != null ? field(gapVoltage.name) : "0.0").append(";\n    }\n\n");
        out.append("    public double gapVoltageDerivative(double tLocal, double[] y) {\n");
        if (gapVoltage != null) {
            for (int k = 0; k < odeStates.size(); k++) {
                out.append("        final double ").append(odeStates.get(k)).append(" = y[").append(k).append("];\n");
            }
            Typed rhs = emit(odeRhs.get(gapVoltage.ode), new Ctx(true, null));
            out.append("        return ").append(convert(rhs, gapVoltage.unit.divide(MS), odeLine(gapVoltage.name), gapVoltage.name + "'"))
                    .append(";\n");
        } else {
            out.append("        return 0.0;\n");
        }
        out.append("    }\n\n");
    }

    private void emitInlineValues(StringBuilder out) {
        out.append("    public double inlineValue(int k) {\n        switch (k) {\n");
        for (int k = 0; k < recordableInlineDecls.size(); k++) {
            Inline in = recordableInlineDecls.get(k);
            Typed v = inlineValue(symbols.get(in.name()), new Ctx(false, null), in.line());
            out.append("            case ").append(k).append(": return ").append(v.kind() == Typed.Kind.BOOLEAN
                    ? "(" + v.code() + " ? 1.0 : 0.0)" : v.code()).append(";\n");
        }
        for (int j = 0; j < kernelSums.size(); j++) {
            out.append("            case ").append(recordableInlineDecls.size() + j).append(": return ")
                    .append(kernelSums.get(j)[1]).append(";\n");
        }
        out.append("            default: return Double.NaN;\n        }\n    }\n\n");
    }

    private void emitFunctions(StringBuilder out) {
        for (Ast.Function fn : model.functions()) {
            Resolved ret = resolveType(fn.returnType());
            Ctx ctx = new Ctx(false, null);
            ctx.returnUnit = ret.unit;
            ctx.returnType = ret.kind;
            StringBuilder params = new StringBuilder();
            for (int k = 0; k < fn.parameterNames().size(); k++) {
                Resolved p = resolveType(fn.parameterTypes().get(k));
                String javaName = "a_" + fn.parameterNames().get(k);
                ctx.locals.put(fn.parameterNames().get(k), new Local(javaName, p.unit, p.kind));
                if (k > 0) {
                    params.append(", ");
                }
                params.append(p.kind == Typed.Kind.BOOLEAN ? "boolean " : "double ").append(javaName);
            }
            String javaReturn = ret.text.equals("void") ? "void" : ret.kind == Typed.Kind.BOOLEAN ? "boolean" : "double";
            out.append("    private ").append(javaReturn).append(" fn_").append(fn.name()).append("(").append(params)
                    .append(") {\n");
            currentFunction = fn.name();
            emitBlock(out, fn.body(), ctx, 2);
            currentFunction = null;
            if (!javaReturn.equals("void")) { // reached only if no return was taken (returns are "if (true) return")
                out.append("        throw new IllegalStateException(")
                        .append(javaString(file + ":" + fn.line() + ": function " + fn.name() + " ended without return"))
                        .append(");\n");
            }
            out.append("    }\n\n");
        }
    }

    // ================================================================== statements

    private void emitBlock(StringBuilder out, Block block, Ctx ctx, int depth) {
        String pad = "    ".repeat(depth);
        for (Stmt s : block.statements()) {
            if (s instanceof Assign a) {
                out.append(pad).append(assignment(a, ctx)).append("\n");
            } else if (s instanceof Declare d) {
                Declaration decl = d.declaration();
                Resolved r = resolveType(decl.type());
                for (String name : decl.names()) {
                    if (ctx.locals.containsKey(name)) {
                        throw error(d.line(), "local variable '" + name + "' is declared twice in this block");
                    }
                    String javaName = "l_" + name;
                    String value = decl.init() == null ? (r.kind == Typed.Kind.BOOLEAN ? "false" : "0.0")
                            : assignValue(name, r.unit, r.kind, decl.init(), ctx, d.line(), true);
                    out.append(pad).append(r.kind == Typed.Kind.BOOLEAN ? "boolean " : "double ").append(javaName)
                            .append(" = ").append(value).append(";\n");
                    ctx.locals.put(name, new Local(javaName, r.unit, r.kind));
                }
            } else if (s instanceof CallStmt c) {
                out.append(pad).append(callStatement(c.call(), ctx)).append("\n");
            } else if (s instanceof Return r) {
                if (ctx.returnType == null) {
                    throw error(r.line(), "return outside a function");
                }
                // "if (true)": NESTML allows statements after a return (and a function's end after an
                // if/else that returns in every branch), which Java rejects as unreachable
                if (r.value() == null) {
                    out.append(pad).append("if (true) return;\n");
                } else {
                    out.append(pad).append("if (true) return ")
                            .append(assignValue("the return value", ctx.returnUnit, ctx.returnType, r.value(), ctx, r.line(), true))
                            .append(";\n");
                }
            } else if (s instanceof If i) {
                for (int k = 0; k < i.conditions().size(); k++) {
                    Typed cond = emit(i.conditions().get(k), ctx);
                    requireBoolean(cond, i.conditions().get(k).line(), k == 0 ? "if" : "elif");
                    out.append(pad).append(k == 0 ? "if (" : "} else if (").append(cond.code()).append(") {\n");
                    emitBlock(out, i.bodies().get(k), new Ctx(ctx.rhs, ctx), depth + 1);
                }
                if (i.orElse() != null) {
                    out.append(pad).append("} else {\n");
                    emitBlock(out, i.orElse(), new Ctx(ctx.rhs, ctx), depth + 1);
                }
                out.append(pad).append("}\n");
            } else if (s instanceof While w) {
                Typed cond = emit(w.condition(), ctx);
                requireBoolean(cond, w.line(), "while");
                out.append(pad).append("while (").append(cond.code()).append(") {\n");
                emitBlock(out, w.body(), new Ctx(ctx.rhs, ctx), depth + 1);
                out.append(pad).append("}\n");
            } else if (s instanceof For f) {
                Local loop = ctx.find(f.variable());
                Sym sym = symbols.get(f.variable());
                String var;
                Unit unit;
                if (loop != null) {
                    var = loop.javaName();
                    unit = loop.unit();
                } else if (sym != null && sym.kind == SymKind.STATE) {
                    var = field(sym.name);
                    unit = sym.unit;
                } else {
                    throw error(f.line(), "for loop variable '" + f.variable() + "' is not declared");
                }
                String from = convert(emit(f.from(), ctx), unit, f.line(), f.variable());
                String to = convert(emit(f.to(), ctx), unit, f.line(), f.variable());
                if (f.step() == 0) {
                    throw error(f.line(), "the step of a for loop must not be 0");
                }
                String step = javaDouble(f.step());
                // NESTML's interval is half-open: for x in 1 ... 5 takes 1, 2, 3, 4 (as its NEST target's "<")
                out.append(pad).append("for (").append(var).append(" = ").append(from).append("; ").append(var)
                        .append(f.step() > 0 ? " < " : " > ").append(to).append("; ").append(var).append(" += ")
                        .append(step).append(") {\n");
                emitBlock(out, f.body(), new Ctx(ctx.rhs, ctx), depth + 1);
                out.append(pad).append("}\n");
            }
        }
    }

    private void requireBoolean(Typed t, int line, String what) {
        if (t.kind() != Typed.Kind.BOOLEAN) {
            throw error(line, "the condition of '" + what + "' is not a boolean expression");
        }
    }

    private String assignment(Assign a, Ctx ctx) {
        Var target = a.target();
        String key = target.name() + "'".repeat(target.order());
        String javaName;
        Unit unit;
        Typed.Kind type;
        Local local = ctx.find(key);
        if (local != null) {
            javaName = local.javaName();
            unit = local.unit();
            type = local.type();
        } else {
            Sym s = symbols.get(key);
            if (s == null) {
                throw error(a.line(), target.order() > 0
                        ? "cannot assign to '" + key + "': it is not declared in the state block"
                        : "undefined variable '" + key + "'");
            }
            if (s.kind != SymKind.STATE) {
                throw error(a.line(), "cannot assign to " + s.kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " '" + s.name + "' (only state variables and local variables change)");
            }
            if (s.vector >= 0 && target.index() == null) {
                throw error(a.line(), "cannot assign to vector '" + s.name + "' as a whole; assign its elements, "
                        + s.name + "[i] = ...");
            }
            if (s.vector < 0 && target.index() != null) {
                throw error(a.line(), "'" + s.name + "' is indexed but is not a vector");
            }
            javaName = s.vector >= 0 ? field(s.name) + "[" + indexCode(target, ctx, field(s.name)) + "]" : field(s.name);
            unit = s.unit;
            type = s.type;
        }
        switch (a.op()) {
            case "=":
                return javaName + " = " + assignValue(key, unit, type, a.value(), ctx, a.line(), local != null) + ";";
            case "+=":
            case "-=": {
                String value = assignValue(key, unit, type, a.value(), ctx, a.line(), local != null);
                return javaName + " " + a.op() + " " + value + ";";
            }
            default: {
                Typed v = emit(a.value(), ctx);
                if (!v.numeric() || (!v.plain() && !v.unit().isDimensionless())) {
                    throw error(a.line(), "'" + a.op() + "' needs a dimensionless factor, got " + v.unit());
                }
                return javaName + " " + a.op() + " " + toSiDimensionless(v) + ";";
            }
        }
    }

    /**
     * The Java value of {@code expr} converted for storing into a variable of {@code unit} and {@code type}.
     * {@code javaBoolean}: the target is a Java {@code boolean} (a local, a function's parameter or return
     * value), not a model variable, whose column stores a boolean as 1.0 or 0.0.
     */
    private String assignValue(String name, Unit unit, Typed.Kind type, Expr expr, Ctx ctx, int line, boolean javaBoolean) {
        Typed v = emit(expr, ctx);
        if (type == Typed.Kind.BOOLEAN) {
            if (v.kind() != Typed.Kind.BOOLEAN) {
                throw error(line, "'" + name + "' is boolean but the value is not");
            }
            if (javaBoolean) {
                return v.code();
            }
            return "(" + v.code() + " ? 1.0 : 0.0)";
        }
        if (!v.numeric()) {
            throw error(line, "'" + name + "' is a number but the value is " + v.kind().name().toLowerCase(Locale.ROOT));
        }
        String code = convert(v, unit, line, name);
        if (type == Typed.Kind.INTEGER && v.kind() != Typed.Kind.INTEGER) {
            return code; // NESTML rounds silently in places; keep the exact value
        }
        return code;
    }

    private String callStatement(Call call, Ctx ctx) {
        switch (call.name()) {
            case "integrate_odes":
                return synapse ? propagateOdes(call) : integrateOdes(call, ctx);
            case "emit_spike":
                if (synapse) {
                    return synapseEmit(call, ctx);
                }
                if (!call.args().isEmpty()) {
                    throw error(call.line(), "emit_spike() with arguments (a synapse's weight and delay) is not supported;"
                            + " only neuron models can be loaded");
                }
                if (ctx.rhs) {
                    throw error(call.line(), "emit_spike() in equations");
                }
                if (model.output() == null || !model.output().spike()) {
                    throw error(call.line(), "emit_spike() needs a spike output port ('output: spike'), which model "
                            + model.name() + " does not declare");
                }
                return "emitted = true;";
            case "print":
            case "println":
                return printStatement(call, ctx);
            default: {
                Typed t = emit(call, ctx);
                return t.code() + ";";
            }
        }
    }

    /**
     * print("text {x} ...") / println(...): to standard output as NESTML's NEST target writes it with
     * std::cout: each {name} replaced by the value (C++'s default six significant digits) and the
     * variable's declared unit ("MA*Ohm" as "MA Ohm"); booleans as 1 and 0.
     */
    private String printStatement(Call call, Ctx ctx) {
        if (call.args().size() != 1 || !(call.args().get(0) instanceof Str text)) {
            throw error(call.line(), call.name() + "() takes one string, e.g. " + call.name() + "(\"V_m = {V_m}\")");
        }
        StringBuilder code = new StringBuilder("printOut(\"\"");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\s*([A-Za-z_$][A-Za-z0-9_$']*)\\s*\\}").matcher(text.value());
        int at = 0;
        while (m.find()) {
            code.append(" + ").append(javaString(text.value().substring(at, m.start())));
            String name = m.group(1);
            Typed v = emit(new Var(name.replace("'", ""), null, name.length() - name.replace("'", "").length(), call.line()), ctx);
            Sym s = symbols.get(name);
            Local local = ctx.find(name);
            String unit = local != null ? (local.unit().isDimensionless() ? "" : local.unit().toString())
                    : s != null && s.type == Typed.Kind.REAL && !s.typeText.equals("real") ? s.typeText.replace('*', ' ')
                    : v.unit().isDimensionless() || s != null ? "" : v.unit().toString();
            if (v.kind() == Typed.Kind.BOOLEAN) {
                code.append(" + ((").append(v.code()).append(") ? \"1\" : \"0\")");
            } else if (v.kind() == Typed.Kind.STRING) {
                code.append(" + ").append(v.code());
            } else {
                code.append(" + cppNumber(").append(v.code()).append(")").append(unit.isEmpty() ? "" : " + " + javaString(" " + unit));
            }
            at = m.end();
        }
        code.append(" + ").append(javaString(text.value().substring(at) + (call.name().equals("println") ? "\n" : ""))).append(");");
        return code.toString();
    }

    private String integrateOdes(Call call, Ctx ctx) {
        if (odeStates.isEmpty()) {
            return "// integrate_odes(): no ODEs";
        }
        long mask = 0;
        if (call.args().isEmpty()) {
            mask = -1L;
        } else {
            for (String f : odeKernelFields) {
                mask |= bitOf(f);
            }
            for (KernelState ks : kernelStates) {
                mask |= bitOf(ks.valueName);
                if (ks.derivName != null) {
                    mask |= bitOf(ks.derivName);
                }
            }
            for (Expr arg : call.args()) {
                mask |= 1L << odeOfArgument(call, arg);
            }
        }
        StringBuilder exact = new StringBuilder();
        for (int k : new java.util.TreeSet<>(constantOdes)) {
            if ((mask & (1L << k)) != 0) {
                exact.append(" ").append(odeStates.get(k)).append(" += h * (").append(odeRhsCode.get(k)).append(");");
            }
        }
        for (int k : new java.util.TreeSet<>(decayingOdes.keySet())) {
            if ((mask & (1L << k)) != 0) {
                Expr rate = quotient(decayingOdes.get(k), call.line());
                String perMs = convert(emit(rate, new Ctx(false, null)), Unit.ONE.divide(MS), call.line(), odeSyms.get(k).name + "'");
                exact.append(" ").append(odeStates.get(k)).append(" *= Math.exp(h * (").append(perMs).append("));");
            }
        }
        for (int c = 0; c < exactComponents.size(); c++) {
            int[] members = exactComponents.get(c);
            long local = 0;
            for (int j = 0; j < members.length; j++) {
                if ((mask & (1L << members[j])) != 0) {
                    local |= 1L << j;
                }
            }
            if (local == 0) {
                continue;
            }
            for (int j = 0; j < members.length; j++) {
                exact.append(" lin").append(c).append("[").append(j).append("] = ").append(odeStates.get(members[j])).append(";");
            }
            exact.append(" propagateLinear(").append(c).append(", lin").append(c).append(", ").append(local).append("L);");
            for (int j = 0; j < members.length; j++) {
                exact.append(" ").append(odeStates.get(members[j])).append(" = lin").append(c).append("[").append(j).append("];");
            }
        }
        boolean numeric = false;
        for (int k = 0; k < odeStates.size(); k++) {
            numeric |= (mask & (1L << k)) != 0 && !constantOdes.contains(k) && !decayingOdes.containsKey(k) && !exactOdes.contains(k);
        }
        // nothing left for RKF45 (a linear model): no call, so its step control does not run for nothing
        return "activeOdes = " + mask + "L;" + (numeric ? " odeFieldsToY(); integrateYOverStep(); yToOdeFields();" : "")
                + exact + " activeOdes = -1L;";
    }

    private long bitOf(String javaField) {
        return 1L << odeStates.indexOf(javaField);
    }

    // ================================================================== expressions

    private Typed emit(Expr e, Ctx ctx) {
        if (e instanceof Num n) {
            return new Typed(javaDouble(n.value()), Unit.ONE, n.integer() ? Typed.Kind.INTEGER : Typed.Kind.REAL, true, false);
        }
        if (e instanceof Inf) {
            return new Typed("Double.POSITIVE_INFINITY", Unit.ONE, Typed.Kind.REAL, true, false);
        }
        if (e instanceof Bool b) {
            return new Typed(String.valueOf(b.value()), Unit.ONE, Typed.Kind.BOOLEAN, false, false);
        }
        if (e instanceof Str s) {
            return new Typed(javaString(s.value()), Unit.ONE, Typed.Kind.STRING, false, false);
        }
        if (e instanceof Var v) {
            return variable(v, ctx);
        }
        if (e instanceof Call c) {
            return call(c, ctx);
        }
        if (e instanceof Unary u) {
            Typed x = emit(u.operand(), ctx);
            switch (u.op()) {
                case "not":
                    requireBoolean(x, u.line(), "not");
                    return new Typed("(!" + x.code() + ")", Unit.ONE, Typed.Kind.BOOLEAN, false, false);
                case "-":
                    requireNumber(x, u.line(), "-");
                    return new Typed("(-" + x.code() + ")", x.unit(), x.kind(), x.plain(), false);
                case "+":
                    requireNumber(x, u.line(), "+");
                    return x;
                default:
                    requireNumber(x, u.line(), "~");
                    return new Typed("((double) (~((long) " + x.code() + ")))", Unit.ONE, Typed.Kind.INTEGER, x.plain(), false);
            }
        }
        if (e instanceof Ternary t) {
            Typed c = emit(t.condition(), ctx);
            requireBoolean(c, t.line(), "?:");
            Typed a = emit(t.ifTrue(), ctx);
            Typed b = emit(t.ifFalse(), ctx);
            if (a.kind() == Typed.Kind.BOOLEAN && b.kind() == Typed.Kind.BOOLEAN) {
                return new Typed("(" + c.code() + " ? " + a.code() + " : " + b.code() + ")", Unit.ONE, Typed.Kind.BOOLEAN, false, false);
            }
            Unit unit = commonUnit(a, b, t.line(), "?:");
            String ac = a.plain() ? a.code() : convert(a, unit, t.line(), "?:");
            String bc = b.plain() ? b.code() : convert(b, unit, t.line(), "?:");
            return new Typed("(" + c.code() + " ? " + ac + " : " + bc + ")", unit, Typed.Kind.REAL, a.plain() && b.plain(), false);
        }
        return binary((Binary) e, ctx);
    }

    private void requireNumber(Typed t, int line, String op) {
        if (!t.numeric()) {
            throw error(line, "'" + op + "' needs a number, got a " + t.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    private Typed binary(Binary b, Ctx ctx) {
        String op = b.op();
        if (op.equals("and") || op.equals("or")) {
            Typed l = emit(b.left(), ctx);
            Typed r = emit(b.right(), ctx);
            requireBoolean(l, b.line(), op);
            requireBoolean(r, b.line(), op);
            return new Typed("(" + l.code() + (op.equals("and") ? " && " : " || ") + r.code() + ")", Unit.ONE, Typed.Kind.BOOLEAN, false, false);
        }
        Typed l = emit(b.left(), ctx);
        Typed r = emit(b.right(), ctx);
        if ((op.equals("==") || op.equals("!=")) && l.kind() == Typed.Kind.BOOLEAN && r.kind() == Typed.Kind.BOOLEAN) {
            return new Typed("(" + l.code() + " " + op + " " + r.code() + ")", Unit.ONE, Typed.Kind.BOOLEAN, false, false);
        }
        requireNumber(l, b.line(), op);
        requireNumber(r, b.line(), op);
        Typed.Kind kind = l.kind() == Typed.Kind.INTEGER && r.kind() == Typed.Kind.INTEGER ? Typed.Kind.INTEGER : Typed.Kind.REAL;
        switch (op) {
            case "*": {
                Unit unit = l.unit().times(r.unit());
                boolean plain = l.plain() && r.plain();
                if (r.unitLiteral()) {
                    return new Typed(l.code(), unit, l.kind(), false, l.unitLiteral());
                }
                if (l.unitLiteral()) {
                    return new Typed(r.code(), unit, r.kind(), false, false);
                }
                return new Typed("(" + l.code() + " * " + r.code() + ")", unit, kind, plain, false);
            }
            case "/": {
                Unit unit = l.unit().divide(r.unit());
                if (r.unitLiteral()) {
                    return new Typed(l.code(), unit, l.kind(), false, l.unitLiteral());
                }
                return new Typed("(" + l.code() + " / " + r.code() + ")", unit, Typed.Kind.REAL, l.plain() && r.plain(), false);
            }
            case "**": {
                if (!r.plain() && !r.unit().isDimensionless()) {
                    throw error(b.line(), "the exponent of '**' must be dimensionless, got " + r.unit());
                }
                String exponent = toSiDimensionless(r);
                if (l.plain() || l.unit().isDimensionless()) {
                    return new Typed("Math.pow(" + toSiDimensionless(l) + ", " + exponent + ")", Unit.ONE, Typed.Kind.REAL, l.plain() && r.plain(), false);
                }
                Double constant = constantValue(b.right());
                if (constant == null) {
                    throw error(b.line(), "a quantity with unit " + l.unit() + " can only be raised to a constant power");
                }
                return new Typed("Math.pow(" + l.code() + ", " + exponent + ")", l.unit().pow(constant), Typed.Kind.REAL, false, false);
            }
            case "+":
            case "-":
            case "%": {
                Unit unit = commonUnit(l, r, b.line(), op);
                String lc = l.plain() ? l.code() : convert(l, unit, b.line(), op);
                String rc = r.plain() ? r.code() : convert(r, unit, b.line(), op);
                return new Typed("(" + lc + " " + op + " " + rc + ")", unit, kind, l.plain() && r.plain(), false);
            }
            case "<":
            case "<=":
            case ">":
            case ">=":
            case "==":
            case "!=": {
                Unit unit = commonUnit(l, r, b.line(), op);
                String lc = l.plain() ? l.code() : convert(l, unit, b.line(), op);
                String rc = r.plain() ? r.code() : convert(r, unit, b.line(), op);
                return new Typed("(" + lc + " " + op + " " + rc + ")", Unit.ONE, Typed.Kind.BOOLEAN, false, false);
            }
            default: {
                // bit operators on integers
                String javaOp = op;
                return new Typed("((double) (((long) " + l.code() + ") " + javaOp + " ((long) " + r.code() + ")))", Unit.ONE,
                        Typed.Kind.INTEGER, l.plain() && r.plain(), false);
            }
        }
    }

    /** The unit two operands of a sum or comparison share: the left one's unless it is a plain number. */
    private Unit commonUnit(Typed l, Typed r, int line, String op) {
        if (l.plain() && r.plain()) {
            return Unit.ONE;
        }
        if (l.plain()) {
            return r.unit();
        }
        if (r.plain()) {
            return l.unit();
        }
        if (l.unit().isDimensionless() && !r.unit().isDimensionless()) {
            return r.unit(); // NESTML warns and takes the magnitude (a real meeting a quantity)
        }
        if (r.unit().isDimensionless() && !l.unit().isDimensionless()) {
            return l.unit();
        }
        if (!l.unit().sameDimension(r.unit())) {
            throw error(line, "unit mismatch: " + l.unit() + " " + op + " " + r.unit());
        }
        return l.unit();
    }

    /** {@code t}'s code in the unit {@code target}; scales differ by an exact power of ten where possible. */
    private String convert(Typed t, Unit target, int line, String what) {
        if (!t.numeric()) {
            throw error(line, what + ": expected a number");
        }
        if (t.plain()) {
            return t.code();
        }
        if (!t.unit().sameDimension(target)) {
            if (t.unit().isDimensionless() || target.isDimensionless()) {
                // NESTML only warns when a real meets a quantity and uses the magnitude as it is
                return t.code();
            }
            throw error(line, "unit mismatch in " + what + ": expected " + target + ", got " + t.unit());
        }
        if (t.unit().sameScale(target)) {
            return t.code();
        }
        int e = t.unit().exponent() - target.exponent();
        double factor = t.unit().factor() / target.factor();
        String code = t.code();
        if (factor != 1.0) {
            code = "(" + code + " * " + javaDouble(factor) + ")";
        }
        if (e > 0) {
            code = "(" + code + " * 1.0E" + e + ")";
        } else if (e < 0) {
            code = "(" + code + " / 1.0E" + (-e) + ")";
        }
        return code;
    }

    /** A dimensionless value as a plain number (scale 1). */
    private String toSiDimensionless(Typed t) {
        if (t.plain()) {
            return t.code();
        }
        return convert(t, Unit.ONE, 0, "a dimensionless value");
    }

    private static Double constantValue(Expr e) {
        if (e instanceof Num n) {
            return n.value();
        }
        if (e instanceof Unary u && u.op().equals("-")) {
            Double v = constantValue(u.operand());
            return v == null ? null : -v;
        }
        if (e instanceof Binary b && b.op().equals("/")) {
            Double l = constantValue(b.left());
            Double r = constantValue(b.right());
            return l == null || r == null ? null : l / r;
        }
        return null;
    }

    private Typed variable(Var v, Ctx ctx) {
        if (v.index() != null) {
            return element(v, ctx);
        }
        String key = v.name() + "'".repeat(v.order());
        Local local = ctx.find(key);
        if (local != null) {
            return new Typed(local.javaName(), local.unit(), local.type(), false, false);
        }
        Sym s = symbols.get(key);
        if (v.order() > 0 && (s == null || s.kind != SymKind.STATE)) {
            throw error(v.line(), "derivative '" + key + "' is not a state variable (declare it in the state block to use it)");
        }
        if (s != null && (s.vector >= 0 || s.elements != null)) {
            throw error(v.line(), "'" + v.name() + "' is a vector: read one element, " + v.name() + "[i]");
        }
        if (s != null) {
            switch (s.kind) {
                case PARAMETER:
                case INTERNAL:
                case STATE:
                    if (s.type == Typed.Kind.BOOLEAN) {
                        return new Typed("(" + field(s.name) + " != 0.0)", Unit.ONE, Typed.Kind.BOOLEAN, false, false);
                    }
                    return new Typed(field(s.name), s.unit, s.type, false, false);
                case INLINE:
                    return inlineValue(s, ctx, v.line());
                case CONTINUOUS_PORT: {
                    String time = ctx.rhs ? "tLocal" : "0.0";
                    String gapCode = gapVoltage == null ? null : "gapCurrent(" + field(gapVoltage.name) + ", " + time + ")";
                    String code;
                    if (s == gapPort && s == devicePort) {
                        code = "(current + " + gapCode + ")";
                    } else if (s == gapPort) {
                        code = gapCode;
                    } else {
                        code = "current";
                    }
                    return Typed.real(code, s.unit);
                }
                case SPIKE_PORT:
                    if (synapse) {
                        throw error(v.line(), "spike input port '" + v.name() + "' as a value in a synapse model; its spikes"
                                + " reach the onReceive(" + v.name() + ") block");
                    }
                    if (ctx.rhs) {
                        return Typed.real(pulses(s, v.line()), s.unit);
                    }
                    return Typed.real("sp_" + s.name, s.unit);
                case KERNEL:
                default:
                    throw error(v.line(), "kernel '" + v.name() + "' can only be used in convolve(" + v.name() + ", port)");
            }
        }
        switch (v.name()) {
            case "e":
                return new Typed("Math.E", Unit.ONE, Typed.Kind.REAL, true, false);
            case "pi":
                return new Typed("Math.PI", Unit.ONE, Typed.Kind.REAL, true, false);
            case "t":
                // in equations the time within the step; in a neuron's statements the end of the step, as
                // NESTML's NEST target has it (origin + lag + 1 steps); in a synapse's the event's time
                return Typed.real(ctx.rhs ? "(time + tLocal)" : synapse ? "time" : "(time + h)", MS);
            default:
                break;
        }
        Unit unit = Units.lookup(v.name()).orElse(null);
        if (unit != null) {
            return new Typed("1.0", unit, Typed.Kind.REAL, false, true);
        }
        throw error(v.line(), "undefined variable '" + v.name() + "'");
    }

    /**
     * {@code x[i]}: an element of a vector variable or of a vector spike port. The index is an integer
     * expression, checked against the neuron's vector length when it runs (NEST's C++ would read
     * past the end; here the run stops with file, line and vector).
     */
    private Typed element(Var v, Ctx ctx) {
        Sym s = symbols.get(v.name());
        if (v.order() > 0) {
            throw error(v.line(), "derivatives of vector elements ('" + v.name() + "[...]'') are not supported");
        }
        if (s == null || s.vector < 0 && s.elements == null) {
            throw error(v.line(), "'" + v.name() + "' is indexed but is not a vector" + (s == null ? " (not declared)" : ""));
        }
        if (s.elements != null) {
            Integer constant = constantIndex(v.index());
            if (ctx.rhs) {
                return Typed.real(pulses(s.elements.get(constant), v.line()), s.unit);
            }
            if (constant != null) {
                if (constant < 0 || constant >= s.elements.size()) {
                    throw error(v.line(), "index " + constant + " outside input port " + v.name() + "[0.." + (s.elements.size() - 1) + "]");
                }
                return Typed.real("sp_" + s.elements.get(constant).name, s.unit);
            }
            return Typed.real("spv_" + s.name + "[" + indexCode(v, ctx, "spv_" + s.name) + "]", s.unit);
        }
        String code = field(s.name) + "[" + indexCode(v, ctx, field(s.name)) + "]";
        if (s.type == Typed.Kind.BOOLEAN) {
            return new Typed("(" + code + " != 0.0)", Unit.ONE, Typed.Kind.BOOLEAN, false, false);
        }
        return new Typed(code, s.unit, s.type, false, false);
    }

    /** The delta-pulse field of a spike port read in an equation ({@link #findPortPulses}). */
    private String pulses(Sym port, int line) {
        KernelState ks = portDeltas.get(port.name);
        if (ks == null) {
            throw error(line, "spike input port '" + port.name + "' in an equation it is not declared in (a function called"
                    + " from one); read it in the equation itself or use convolve(kernel, " + port.name + ")");
        }
        return ks.valueName;
    }

    /** The Java index of {@code v[...]} into array {@code array}, checked when it runs. */
    private String indexCode(Var v, Ctx ctx, String array) {
        Typed index = emit(v.index(), ctx);
        if (!index.numeric() || !index.unit().isDimensionless()) {
            throw error(v.line(), "the index of " + v.name() + "[...] must be a dimensionless integer, got "
                    + (index.numeric() ? index.unit().toString() : index.kind().name().toLowerCase(Locale.ROOT)));
        }
        return "element(" + toSiDimensionless(index) + ", " + array + ".length, " + javaString(file + ":" + v.line() + ": "
                + v.name()) + ")";
    }

    /** The value of an integer literal index, else null. */
    private static Integer constantIndex(Expr e) {
        return e instanceof Num n && n.integer() ? (int) n.value() : null;
    }

    private Typed inlineValue(Sym s, Ctx ctx, int line) {
        if (!inlineInProgress.add(s.name)) {
            throw error(line, "inline expression '" + s.name + "' refers to itself");
        }
        try {
            Typed value = emit(s.expr, new Ctx(ctx.rhs, null));
            if (s.type == Typed.Kind.BOOLEAN) {
                return value;
            }
            return Typed.real("(" + convert(value, s.unit, s.line, "inline " + s.name) + ")", s.unit);
        } finally {
            inlineInProgress.remove(s.name);
        }
    }

    private Typed call(Call c, Ctx ctx) {
        if (c.name().equals("convolve")) {
            List<KernelState> states = convolution(c);
            StringBuilder code = new StringBuilder();
            for (KernelState ks : states) {
                code.append(code.length() == 0 ? "" : " + ").append(ks.valueName);
            }
            return Typed.real(states.size() == 1 ? code.toString() : "(" + code + ")", states.get(0).unit);
        }
        Ast.Function fn = functions.get(c.name());
        if (fn != null) {
            if (initializer != null) {
                initializerCalls.putIfAbsent(fn.name(), new String[] {String.valueOf(c.line()), initializer});
            }
            if (currentFunction != null) {
                functionCalls.computeIfAbsent(currentFunction, k -> new HashSet<>()).add(fn.name());
            }
            if (fn.parameterNames().size() != c.args().size()) {
                throw error(c.line(), "function " + fn.name() + " takes " + fn.parameterNames().size() + " arguments, got " + c.args().size());
            }
            StringBuilder args = new StringBuilder();
            for (int k = 0; k < c.args().size(); k++) {
                Resolved p = resolveType(fn.parameterTypes().get(k));
                if (k > 0) {
                    args.append(", ");
                }
                args.append(assignValue(fn.parameterNames().get(k), p.unit, p.kind, c.args().get(k), ctx, c.line(), true));
            }
            Resolved ret = resolveType(fn.returnType());
            return new Typed("fn_" + fn.name() + "(" + args + ")", ret.unit, ret.kind == Typed.Kind.BOOLEAN ? Typed.Kind.BOOLEAN : Typed.Kind.REAL, false, false);
        }
        Sym delayed = symbols.get(c.name());
        if (delayed != null && delayed.kind == SymKind.STATE && c.args().size() == 1) {
            throw error(c.line(), "'" + c.name() + "(...)' reads a state variable at another time: delay differential"
                    + " equations are not supported yet");
        }
        if (c.name().equals("random_normal") || c.name().equals("random_uniform") || c.name().equals("random_poisson")) {
            if (initializer != null) {
                throw error(c.line(), randomInInitializer(c.name() + "()", initializer));
            }
            if (currentFunction != null) {
                randomFunctions.add(currentFunction);
            }
        }
        List<Typed> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(emit(a, ctx));
        }
        return Builtins.call(c, args, ctx.rhs, this::error, this::convertForBuiltin);
    }

    private String convertForBuiltin(Typed t, Unit unit) {
        return convert(t, unit, 0, "an argument");
    }

    // ================================================================== types

    private record Resolved(Unit unit, Typed.Kind kind, String text) {
    }

    private Resolved resolveType(Ast.Type type) {
        if (type instanceof Primitive p) {
            switch (p.name()) {
                case "integer":
                    return new Resolved(Unit.ONE, Typed.Kind.INTEGER, "integer");
                case "boolean":
                    return new Resolved(Unit.ONE, Typed.Kind.BOOLEAN, "boolean");
                case "string":
                    return new Resolved(Unit.ONE, Typed.Kind.STRING, "string");
                case "void":
                    return new Resolved(Unit.ONE, Typed.Kind.REAL, "void");
                default:
                    return new Resolved(Unit.ONE, Typed.Kind.REAL, "real");
            }
        }
        return new Resolved(unit(type), Typed.Kind.REAL, Printer.print(type));
    }

    private Unit unit(Ast.Type type) {
        if (type instanceof UnitName n) {
            return Units.lookup(n.name()).orElseThrow(() -> error(n.line(), "unknown unit '" + n.name() + "'"));
        }
        if (type instanceof UnitProduct p) {
            return unit(p.left()).times(unit(p.right()));
        }
        if (type instanceof UnitQuotient q) {
            return unit(q.left()).divide(unit(q.right()));
        }
        if (type instanceof UnitPower p) {
            return unit(p.base()).pow(p.exponent());
        }
        if (type instanceof UnitNumber n) {
            if (n.value() != 1) {
                throw error(n.line(), "a number in a unit type must be 1 (as in 1/ms)");
            }
            return Unit.ONE;
        }
        Primitive p = (Primitive) type;
        if (p.name().equals("real") || p.name().equals("integer")) {
            return Unit.ONE;
        }
        throw error(p.line(), "'" + p.name() + "' cannot be part of a unit");
    }

    // ================================================================== literals

    /** A unit's name for listings, "real" for the dimensionless unit. */
    private static String unitLabel(Unit unit) {
        return unit.isDimensionless() && unit.exponent() == 0 && unit.factor() == 1.0 ? "real" : unit.toString();
    }

    static String javaDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        return Double.toString(v);
    }

    static String javaString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            if (c == '\n') {
                b.append("\\n");
                continue;
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
