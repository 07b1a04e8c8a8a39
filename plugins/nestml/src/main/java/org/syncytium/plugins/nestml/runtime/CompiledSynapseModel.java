package org.syncytium.plugins.nestml.runtime;

import java.lang.reflect.InvocationTargetException;

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
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("generated class of " + layout.modelName() + " cannot be instantiated", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("generated class of " + layout.modelName() + " failed to construct", e.getCause());
        }
    }
}
