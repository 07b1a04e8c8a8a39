package org.syncytium.plugins.nestml.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.syncytium.plugins.nestml.runtime.CompiledModel;
import org.syncytium.plugins.nestml.runtime.CompiledNeuron;
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

    /**
     * Compiles every model of {@code text}.
     *
     * @param file name for messages (file:line)
     * @param gap  gap-junction options applied to every model of the file
     * @throws NestmlException for any syntax, name, unit or unsupported-construct error
     */
    public static List<CompiledModel> compile(String file, String text, GapOptions gap) {
        Ast.CompilationUnit unit = Parser.parse(file, text);
        List<Generator.Result> results = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Ast.Model model : unit.models()) {
            String className = "M" + SERIAL.incrementAndGet() + "_" + model.name().replaceAll("[^A-Za-z0-9_]", "_");
            Generator.Result r = Generator.generate(file, text, model, gap, PACKAGE, className);
            results.add(r);
        }
        List<CompiledModel> models = new ArrayList<>();
        for (Generator.Result r : results) {
            Class<? extends CompiledNeuron> type = compileOne(file, r);
            models.add(new CompiledModel(r.layout(), type, r.source()));
            all.append(r.source());
        }
        return models;
    }

    private static Class<? extends CompiledNeuron> compileOne(String file, Generator.Result r) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(CompiledNeuron.class.getClassLoader());
        try {
            compiler.cook(r.source());
            return compiler.getClassLoader().loadClass(PACKAGE + "." + r.className()).asSubclass(CompiledNeuron.class);
        } catch (CompileException | ClassNotFoundException e) {
            // the generator checked the model; a failure here is a generator bug, reported with the model's place
            throw new NestmlException(file, 1, "internal error compiling model " + r.layout().modelName() + ": " + e.getMessage());
        }
    }
}
