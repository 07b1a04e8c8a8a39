package org.syncytium.core.connect;

import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;

/** Hands a synapse model its values in the type its schema declares (a {@code Long} for integers). */
final class ParameterSchemaBridge {
    private ParameterSchemaBridge() {
    }

    static Object convert(String owner, ParameterSpec spec, double value) {
        if (spec.type() == ParameterType.REAL || spec.type() == ParameterType.INTEGER) {
            return ParameterSchema.convert(owner, spec, value);
        }
        return value;
    }
}
