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

    private static String render(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
