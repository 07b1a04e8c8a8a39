package org.syncytium.launcher;

import org.syncytium.launcher.cli.CommandLines;
import org.syncytium.launcher.cli.FatalErrors;
import org.syncytium.launcher.interrupt.Interrupts;

/**
 * Entry point of the {@code syncytium} command: {@code java -cp "lib/*" org.syncytium.launcher.Main}.
 * Exit status: 0 success, 1 error (one line on stderr), 2 bad command line, 130/143 interrupted
 * (SIGINT/SIGTERM).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Plots are drawn off-screen; no display is needed (servers, CI).
        System.setProperty("java.awt.headless", "true");
        Interrupts.install(System.err);
        FatalErrors.install(System.err);
        int status = CommandLines.execute(args);
        Interrupts.awaitExit(); // an interrupt being handled ends the process with its own line and status
        System.exit(status);
    }
}
