package org.syncytium.launcher.output;

import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.syncytium.launcher.transaction.FileContent;

/** Pretty JSON for summaries; NaN and infinities are written as null (JSON has no such numbers). */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    /** The content of a JSON file holding {@code value}. */
    public static FileContent of(Map<String, Object> value) {
        return out -> {
            MAPPER.writeValue(out, finite(value));
            out.write('\n');
        };
    }

    @SuppressWarnings("unchecked")
    private static Object finite(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, finite(v)));
            return copy;
        }
        return value;
    }
}
