package org.syncytium.plugins.nestml.runtime;

/**
 * A model compiled to bytecode: its layout and the generated class, from which each thread gets its own
 * instance.
 *
 * @param layout the columns and names
 * @param type   the generated subclass of {@link CompiledNeuron}
 * @param source the generated Java source (for {@code --debug} and tests)
 */
public record CompiledModel(ModelLayout layout, Class<? extends CompiledNeuron> type, String source) {

    /** A new instance of the generated class. */
    public CompiledNeuron newInstance() {
        return GeneratedClasses.newInstance(type, layout.modelName());
    }
}
