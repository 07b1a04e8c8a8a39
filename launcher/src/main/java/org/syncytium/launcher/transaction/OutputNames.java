package org.syncytium.launcher.transaction;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for every name a run gives an output file: a plain name inside the run's output folder.
 * Letters, digits and {@code _ - . = +}, at most 200 characters, not starting with a dot (hidden names
 * are the transaction's own temporaries), never {@code .} or {@code ..}, no folder separators, no
 * absolute paths. {@link #checkRelative} also allows {@code a/b} made of such names (sub-folders a
 * command creates, e.g. one per sweep point).
 */
public final class OutputNames {

    /** Longest accepted name (file systems allow 255 bytes; room is left for temporaries). */
    public static final int MAX_LENGTH = 200;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_=+-][A-Za-z0-9_.=+-]*");

    private OutputNames() {
    }

    /** Why {@code name} is not a plain file name, or empty if it is one. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        if (name.contains("/") || name.contains("\\")) {
            return Optional.of("contains a folder separator; outputs are plain names inside the run's output folder");
        }
        if (name.startsWith(".")) {
            return Optional.of("starts with a dot (hidden and relative names are reserved)");
        }
        if (!PLAIN.matcher(name).matches()) {
            return Optional.of("may only contain letters, digits and _ - . = +");
        }
        return Optional.empty();
    }

    /** True if {@code name} is a plain file name. */
    public static boolean isPlain(String name) {
        return problem(name).isEmpty();
    }

    /** Why {@code path} ({@code a/b/c}, each part plain) is not acceptable, or empty. */
    public static Optional<String> problemRelative(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.of("is empty");
        }
        if (path.startsWith("/") || path.contains("\\")) {
            return Optional.of("is not relative to the output folder");
        }
        for (String part : path.split("/", -1)) {
            Optional<String> problem = problem(part);
            if (problem.isPresent()) {
                return Optional.of("has a part \"" + part + "\" that " + problem.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Checks a relative output path.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static String checkRelative(String path) {
        problemRelative(path).ifPresent(p -> {
            throw new IllegalArgumentException("output name \"" + shorten(path) + "\" " + p);
        });
        return path;
    }

    /** {@code text} cut to 60 characters for messages. */
    public static String shorten(String text) {
        String printable = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
    }
}
