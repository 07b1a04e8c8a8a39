package org.syncytium.plugins.nestml;

import java.nio.file.Path;
import java.util.List;

import org.syncytium.plugins.nestml.codegen.GapOptions;
import org.syncytium.plugins.nestml.codegen.SynapseOptions;
import org.syncytium.plugins.nestml.codegen.ModelCompiler;
import org.syncytium.plugins.nestml.runtime.CompiledModel;
import org.syncytium.plugins.nestml.runtime.NestmlNeuronModel;
import org.syncytium.plugins.nestml.service.NestmlFiles;

/** Loads the shipped example models and small inline sources for tests. */
final class Models {

    /** The repository's examples/nestml folder (tests run in plugins/nestml). */
    static final Path EXAMPLES = Path.of("../../examples/nestml").toAbsolutePath().normalize();

    private Models() {
    }

    static NestmlNeuronModel example(String name) {
        List<CompiledModel> models = NestmlFiles.compile(EXAMPLES.resolve(name + ".nestml")).neurons();
        return new NestmlNeuronModel(models.get(0));
    }

    static NestmlNeuronModel source(String text) {
        return new NestmlNeuronModel(ModelCompiler.compile("test.nestml", text, GapOptions.NONE, SynapseOptions.NONE).neurons().get(0));
    }
}
