package org.syncytium.plugins.nestml.runtime;

/**
 * A synapse model compiled to bytecode: its layout and the generated class.
 *
 * @param layout the values and names
 * @param type   the generated subclass of {@link CompiledSynapse}
 * @param source the generated Java source (for tests)
 */
public record CompiledSynapseModel(SynapseLayout layout, Class<? extends CompiledSynapse> type, String source) {

    /** A new instance of the generated class. */
    public CompiledSynapse newInstance() {
        return GeneratedClasses.newInstance(type, layout.modelName());
    }
}
