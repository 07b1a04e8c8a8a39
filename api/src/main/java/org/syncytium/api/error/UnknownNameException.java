package org.syncytium.api.error;

import java.util.Collection;

import org.syncytium.api.param.ParameterSchema;

/**
 * A model, rule, device, recorder, solver or parameter name that is not installed or not known,
 * with the nearest known name as a suggestion.
 */
public class UnknownNameException extends SyncytiumException {

    private static final long serialVersionUID = 1L;

    private final String name;

    /**
     * @param what  what kind of name, e.g. {@code "neuron model"} or {@code "parameter of iaf_psc_alpha"}
     * @param name  the name given
     * @param known the names that would have been accepted
     */
    public UnknownNameException(String what, String name, Collection<String> known) {
        super("unknown " + what + " \"" + name + "\"" + suggestion(name, known));
        this.name = name;
    }

    /** The unknown name. */
    public String name() {
        return name;
    }

    private static String suggestion(String name, Collection<String> known) {
        return ParameterSchema.nearest(name, known)
                .map(best -> "; did you mean \"" + best + "\"?")
                .orElse(known.isEmpty() ? " (none is installed)" : "; known: " + String.join(", ", known));
    }
}
