package org.syncytium.launcher.felix;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives Felix's log (Felix calls {@code log(int, String, Throwable)} reflectively on the object
 * given as {@code felix.log.logger}). Messages are kept so that an error report can name what the
 * framework complained about; they are echoed to stderr only in {@code --debug} mode, because a
 * user should see one clear line, not the framework's chatter.
 */
public final class FrameworkLog {

    private static final String[] LEVELS = {"", "ERROR", "WARNING", "INFO", "DEBUG"};

    private final List<String> messages = new ArrayList<>();
    private final PrintStream echo;

    /** @param echo where to copy every message as it arrives; null to only keep them */
    public FrameworkLog(PrintStream echo) {
        this.echo = echo;
    }

    /** Called by Felix. */
    public synchronized void log(int level, String message, Throwable error) {
        String label = level >= 0 && level < LEVELS.length ? LEVELS[level] : String.valueOf(level);
        String line = "felix " + label + ": " + message + (error == null ? "" : " (" + error + ")");
        messages.add(line);
        if (echo != null) {
            echo.println(line);
            if (error != null) {
                error.printStackTrace(echo);
            }
        }
    }

    /** Everything logged so far. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
