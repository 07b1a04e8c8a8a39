package org.syncytium.plugins.nestml.runtime;

import java.lang.reflect.InvocationTargetException;

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
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("generated class of " + layout.modelName() + " cannot be instantiated", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("generated class of " + layout.modelName() + " failed to construct", e.getCause());
        }
    }
}
