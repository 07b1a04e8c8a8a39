package org.syncytium.launcher.scenario;

import java.util.List;
import java.util.Set;

import org.syncytium.api.param.ParameterSchema;

/** Checks that a mapping uses only known keys and has the required ones, with "did you mean". */
final class Keys {

    private Keys() {
    }

    /** Throws for the first unknown key of {@code node} or the first missing required key. */
    static void check(YamlNode node, String what, Set<String> allowed, List<String> required) {
        node.entries().forEach((key, value) -> {
            if (!allowed.contains(key)) {
                String hint = ParameterSchema.nearest(key, allowed).map(n -> "; did you mean \"" + n + "\"?")
                        .orElse("; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
                throw value.error("unknown key \"" + key + "\" in " + what + hint);
            }
        });
        for (String key : required) {
            if (node.get(key) == null) {
                throw node.error(what + " needs \"" + key + "\"");
            }
        }
    }
}
