package org.syncytium.api.error;

/**
 * A parameter value breaks a rule, like NEST's {@code BadProperty}: names the owner (model, rule,
 * device or kernel), the parameter, the value and the rule. Nothing is changed when it is thrown.
 */
public class BadPropertyException extends SyncytiumException {

    private static final long serialVersionUID = 1L;

    private final String owner;
    private final String parameter;

    public BadPropertyException(String owner, String parameter, Object value, String rule) {
        super(owner + ": " + parameter + " = " + render(value) + " " + rule);
        this.owner = owner;
        this.parameter = parameter;
    }

    /** The model, rule, device or {@code "kernel"} the parameter belongs to. */
    public String owner() {
        return owner;
    }

    /** The parameter name. */
    public String parameter() {
        return parameter;
    }

    /** The value as a user wrote it: strings quoted, arrays and lists as {@code [a, b]}, maps as {@code {k=v}}. */
    private static String render(Object value) {
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        if (value != null && value.getClass().isArray()) {
            StringBuilder text = new StringBuilder("[");
            for (int k = 0; k < java.lang.reflect.Array.getLength(value); k++) {
                text.append(k > 0 ? ", " : "").append(render(java.lang.reflect.Array.get(value, k)));
            }
            return text.append(']').toString();
        }
        if (value instanceof java.util.Collection<?> items) {
            StringBuilder text = new StringBuilder("[");
            for (Object item : items) {
                text.append(text.length() > 1 ? ", " : "").append(render(item));
            }
            return text.append(']').toString();
        }
        if (value instanceof java.util.Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                text.append(text.length() > 1 ? ", " : "").append(entry.getKey()).append('=').append(render(entry.getValue()));
            }
            return text.append('}').toString();
        }
        return String.valueOf(value);
    }
}
