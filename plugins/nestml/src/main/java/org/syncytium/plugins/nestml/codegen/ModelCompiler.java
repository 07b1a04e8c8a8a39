package org.syncytium.plugins.nestml.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.syncytium.plugins.nestml.runtime.CompiledModel;
import org.syncytium.plugins.nestml.runtime.CompiledNeuron;
import org.syncytium.plugins.nestml.runtime.CompiledSynapse;
import org.syncytium.plugins.nestml.runtime.CompiledSynapseModel;
import org.syncytium.plugins.nestml.syntax.Ast;
import org.syncytium.plugins.nestml.syntax.NestmlException;
import org.syncytium.plugins.nestml.syntax.Parser;

/**
 * From NESTML text to loaded classes: parse, check and generate Java for every model of a file, then
 * compile all of them with Janino into one fresh class loader (a reloaded file gets new classes; the old
 * ones go when nothing refers to them any more).
 *
 * <p>Why Janino: it compiles Java source in memory in milliseconds, needs no JDK at run time (the
 * launcher may run on a JRE) and takes a parent class loader, so generated classes see this bundle's
 * runtime classes under OSGi without any file-manager plumbing; generating source keeps the emitted
 * arithmetic readable and identical to a hand-written model. The JDK compiler (javax.tools) would need a
 * full JDK and bundle-aware class lookup; ASM would mean writing bytecode for every expression by hand.
 */
public final class ModelCompiler {

    private static final String PACKAGE = "org.syncytium.plugins.nestml.generated";
    private static final AtomicLong SERIAL = new AtomicLong();

    private ModelCompiler() {
    }

    /** The models of one file: neuron models and synapse models, each in file order. */
    public record Compiled(List<CompiledModel> neurons, List<CompiledSynapseModel> synapses) {
    }

    /**
     * Compiles every model of {@code text}.
     *
     * @param file     name for messages (file:line)
     * @param gap      gap-junction options applied to every neuron model of the file
     * @param synapses weight and delay variables and postsynaptic ports of its synapse models
     * @throws NestmlException for any syntax, name, unit or unsupported-construct error
     */
    public static Compiled compile(String file, String text, GapOptions gap, SynapseOptions synapses) {
        return compile(file, text, gap, synapses, NumericSolver.RKF45);
    }

    /**
     * As {@link #compile(String, String, GapOptions, SynapseOptions)}, the neuron models' numeric ODEs
     * advanced by {@code solver} (NESTML's {@code numeric_solver}).
     */
    public static Compiled compile(String file, String text, GapOptions gap, SynapseOptions synapses, NumericSolver solver) {
        Ast.CompilationUnit unit = Parser.parse(file, text);
        List<Generator.Result> results = new ArrayList<>();
        List<Generator.SynapseResult> synapseResults = new ArrayList<>();
        for (Ast.Model model : unit.models()) {
            String className = "M" + SERIAL.incrementAndGet() + "_" + model.name().replaceAll("[^A-Za-z0-9_]", "_");
            if (synapses.isSynapse(model.name())) {
                synapseResults.add(Generator.generateSynapse(file, text, model, synapses, PACKAGE, className));
            } else {
                results.add(Generator.generate(file, text, model, gap, solver, PACKAGE, className));
            }
        }
        List<CompiledModel> models = new ArrayList<>();
        for (Generator.Result r : results) {
            models.add(new CompiledModel(r.layout(), compileOne(file, r.layout().modelName(), r.className(), r.source(),
                    CompiledNeuron.class), r.source()));
        }
        List<CompiledSynapseModel> synapseModels = new ArrayList<>();
        for (Generator.SynapseResult r : synapseResults) {
            synapseModels.add(new CompiledSynapseModel(r.layout(), compileOne(file, r.layout().modelName(), r.className(), r.source(),
                    CompiledSynapse.class), r.source()));
        }
        return new Compiled(List.copyOf(models), List.copyOf(synapseModels));
    }

    private static <T> Class<? extends T> compileOne(String file, String model, String className, String source, Class<T> base) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(base.getClassLoader());
        try {
            compiler.cook(source);
            return compiler.getClassLoader().loadClass(PACKAGE + "." + className).asSubclass(base);
        } catch (CompileException | ClassNotFoundException e) {
            // the generator checked the model; a failure here is a generator bug, reported with the model's place
            throw new NestmlException(file, 1, "internal error compiling model " + model + ": " + e.getMessage());
        }
    }
}
