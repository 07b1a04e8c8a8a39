package org.syncytium.launcher.felix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Turns a Felix {@link BundleException} into one line that names the bundle and what it lacks.
 * Felix reports an unresolved bundle as a long message containing requirement filters such as
 * {@code (&(osgi.wiring.package=com.google.inject)(version>=1.4.0)(!(version>=2.0.0)))}; users need
 * the package (or capability) name and range, not the filter syntax.
 */
public final class BundleProblems {

    private static final Pattern PACKAGE = Pattern.compile(
            "osgi\\.wiring\\.package=([^)\\s]+)\\)((?:\\(!?\\(?version[^)]*\\)\\)?)*)");
    private static final Pattern BUNDLE = Pattern.compile("osgi\\.wiring\\.bundle=([^)\\s]+)\\)");
    private static final Pattern CAPABILITY = Pattern.compile(
            "missing requirement .*?\\] ([\\w.]+); \\(&?\\(([\\w.]+)=([^)]+)\\)((?:\\(!?\\(?version[^)]*\\)\\)?)*)");
    private static final Pattern VERSION = Pattern.compile("\\((!?)\\(?version(>=|<=|=|>|<)([^)]+)\\)");

    private BundleProblems() {
    }

    /** One line: {@code bundle NAME VERSION cannot start: missing package P [range]}. */
    public static String describe(Bundle bundle, BundleException error) {
        String who = "bundle " + BundleInfo.of(bundle).symbolicName() + " " + bundle.getVersion();
        return who + " cannot start: " + reason(error.getMessage());
    }

    /** The missing package or capability named in a Felix resolution message, or its first line. */
    public static String reason(String message) {
        if (message == null) {
            return "unknown reason";
        }
        // The innermost "caused by" names the bundle that really lacks something.
        String inner = message;
        int caused = message.lastIndexOf("[caused by:");
        if (caused >= 0) {
            inner = message.substring(caused);
        }
        Matcher pkg = PACKAGE.matcher(inner);
        String lacking = null;
        if (pkg.find()) {
            lacking = "missing package " + pkg.group(1) + range(pkg.group(2));
        } else {
            Matcher bundle = BUNDLE.matcher(inner);
            if (bundle.find()) {
                lacking = "missing bundle " + bundle.group(1);
            } else {
                Matcher capability = CAPABILITY.matcher(inner);
                if (capability.find()) {
                    lacking = "missing capability " + capability.group(1) + " " + capability.group(3) + range(capability.group(4));
                    if (capability.group(3).equals("osgi.component")) {
                        lacking += ", i.e. the Declarative Services runtime (org.apache.felix.scr bundle)";
                    }
                }
            }
        }
        if (lacking == null) {
            return firstLine(message);
        }
        if (caused >= 0) {
            Matcher via = Pattern.compile("Unable to resolve ([^\\s\\[]+)").matcher(inner);
            if (via.find()) {
                lacking += " (needed by " + via.group(1) + ", which it depends on)";
            }
        }
        return lacking;
    }

    private static String range(String filters) {
        if (filters == null || filters.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Matcher version = VERSION.matcher(filters);
        while (version.find()) {
            String op = version.group(2);
            if (!version.group(1).isEmpty()) {
                op = switch (op) {
                    case ">=" -> "<";
                    case "<=" -> ">";
                    case ">" -> "<=";
                    case "<" -> ">=";
                    default -> "!=";
                };
            }
            text.append(text.length() == 0 ? "" : ", ").append("version ").append(op).append(' ').append(version.group(3));
        }
        return text.length() == 0 ? "" : " (" + text + ")";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
