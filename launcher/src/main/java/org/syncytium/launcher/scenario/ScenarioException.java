package org.syncytium.launcher.scenario;

import java.nio.file.Path;

import org.syncytium.launcher.LauncherException;

/** A mistake in a scenario file, reported as {@code file:line: message}. */
public class ScenarioException extends LauncherException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String detail;

    /**
     * @param file the scenario (or data) file, null if the mistake is not in a file (e.g. {@code --set})
     * @param line 1-based line, 0 if unknown
     */
    public ScenarioException(Path file, int line, String message) {
        super(prefix(file, line) + message);
        this.file = file;
        this.line = line;
        this.detail = message;
    }

    public ScenarioException(Path file, int line, String message, Throwable cause) {
        super(prefix(file, line) + message, cause);
        this.file = file;
        this.line = line;
        this.detail = message;
    }

    /** The message without the {@code file:line: } prefix. */
    public String detail() {
        return detail;
    }

    /** The file, or null. */
    public Path file() {
        return file;
    }

    /** The 1-based line, 0 if unknown. */
    public int line() {
        return line;
    }

    private static String prefix(Path file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }
}
