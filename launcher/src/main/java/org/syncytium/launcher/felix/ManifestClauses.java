package org.syncytium.launcher.felix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OSGi manifest headers such as {@code Export-Package} and {@code Provide-Capability} split into
 * clauses: {@code a.b;c.d;version="1.0";uses:="x,y", e.f} gives two clauses, the first with the
 * names {@code a.b, c.d} and the attribute {@code version=1.0} (directives, {@code :=}, are kept
 * with a trailing colon in the key). Quotes protect commas and semicolons.
 *
 * @param names      the clause's paths (packages, or the namespace of a capability)
 * @param attributes attributes and directives, values unquoted; a typed attribute
 *                   {@code name:List<String>="a,b"} is keyed by {@code name}
 */
public record ManifestClauses(List<String> names, Map<String, String> attributes) {

    /** The clauses of a header value; empty for null. */
    public static List<ManifestClauses> parse(String header) {
        List<ManifestClauses> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                String p = part.trim();
                int directive = p.indexOf(":=");
                int equals = p.indexOf('=');
                if (equals < 0) {
                    if (!p.isEmpty()) {
                        names.add(p);
                    }
                } else if (directive >= 0 && directive < equals) {
                    attributes.put(p.substring(0, directive).trim() + ":", unquote(p.substring(directive + 2)));
                } else {
                    String key = p.substring(0, equals).trim();
                    int typed = key.indexOf(':');
                    attributes.put(typed < 0 ? key : key.substring(0, typed).trim(), unquote(p.substring(equals + 1)));
                }
            }
            clauses.add(new ManifestClauses(names, attributes));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
