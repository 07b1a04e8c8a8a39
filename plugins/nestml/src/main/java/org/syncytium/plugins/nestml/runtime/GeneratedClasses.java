package org.syncytium.plugins.nestml.runtime;

import java.lang.reflect.InvocationTargetException;

/** New instances of generated classes, with the model named when construction fails. */
final class GeneratedClasses {

    private GeneratedClasses() {
    }

    static <T> T newInstance(Class<? extends T> type, String model) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("generated class of " + model + " cannot be instantiated", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("generated class of " + model + " failed to construct", e.getCause());
        }
    }
}
