package org.syncytium.launcher.scenario;

import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParseException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says a YAML syntax error in plain words, at the line where the user has to look: a tab used for
 * indentation, a quote or bracket opened and never closed (the line where it opens, not the end of
 * the file), a {@code key: value} where the indentation does not allow one. Other parser messages are
 * passed on with their line.
 */
final class YamlProblems {

    private YamlProblems() {
    }

    static ScenarioException describe(JsonParseException e, Path file) {
        int fallbackLine = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Malformed numeric value")) {
            return new ScenarioException(file, fallbackLine, original.replaceFirst("Malformed numeric value ", "")
                    + " is not a number a scenario may hold (infinite and not-a-number values are not allowed)", e);
        }
        if (!(e.getCause() instanceof MarkedYAMLException marked)) {
            return new ScenarioException(file, fallbackLine, "YAML syntax error: " + e.getOriginalMessage().split("\n")[0], e);
        }
        String context = marked.getContext() == null ? "" : marked.getContext();
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        int problemLine = line(marked.getProblemMark(), fallbackLine);
        int contextLine = line(marked.getContextMark(), problemLine);
        if (problem.contains("TAB") || problem.contains("'\\t'")) {
            return new ScenarioException(file, problemLine, "a tab character indents this line; YAML indents with spaces only", e);
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return new ScenarioException(file, contextLine, "a quoted text opened on this line is never closed;"
                    + " add the closing quote", e);
        }
        if (context.contains("quoted scalar") && problem.contains("escape")) {
            return new ScenarioException(file, problemLine, "unknown escape with \\ in a \"double-quoted\" text;"
                    + " use 'single quotes' or write \\\\", e);
        }
        if (context.contains("flow sequence")) {
            return new ScenarioException(file, contextLine, "a [ list opened on this line is not closed with ] (or two"
                    + " of its items lack a comma between them)", e);
        }
        if (context.contains("flow mapping")) {
            return new ScenarioException(file, contextLine, "a { mapping opened on this line is not closed with } (or two"
                    + " of its entries lack a comma between them)", e);
        }
        if (problem.contains("mapping values are not allowed")) {
            return new ScenarioException(file, problemLine, "a \"key: value\" where none may be: check this line's"
                    + " indentation, or quote a text that contains \": \"", e);
        }
        if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
            return new ScenarioException(file, problemLine, "this line's indentation does not fit the lines above it"
                    + " (keys of one mapping start in the same column)", e);
        }
        return new ScenarioException(file, problemLine, "YAML syntax error: " + (context.isEmpty() ? "" : context + ": ")
                + problem, e);
    }

    private static int line(Mark mark, int fallback) {
        return mark == null ? fallback : mark.getLine() + 1;
    }
}
