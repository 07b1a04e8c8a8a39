package org.syncytium.launcher.felix;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Receives Felix's log (an instance given as {@code felix.log.logger}). Messages are kept so that an error report can name what the
 * framework complained about; they are echoed to stderr only in {@code --debug} mode, because a
 * user should see one clear line, not the framework's chatter.
 */
public final class FrameworkLog extends Logger {

    private static final String[] LEVELS = {"", "ERROR", "WARNING", "INFO", "DEBUG"};

    private final List<String> messages = new ArrayList<>();
    private final PrintStream echo;

    /** @param echo where to copy every message as it arrives; null to only keep them */
    public FrameworkLog(PrintStream echo) {
        this.echo = echo;
    }

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference reference, int level,
            String message, Throwable error) {
        record(level, (bundle == null ? "" : "[" + bundle.getSymbolicName() + "] ") + message, error);
    }

    /** The resolver logs through this overload (wiring decisions, resolution failures). */
    @Override
    protected void doLog(int level, String message, Throwable error) {
        record(level, message, error);
    }

    private synchronized void record(int level, String message, Throwable error) {
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
