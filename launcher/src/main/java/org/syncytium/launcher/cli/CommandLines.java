package org.syncytium.launcher.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Builds the picocli command line with the launcher's error handling. */
public final class CommandLines {

    /** Exit status for errors reported by a command. */
    public static final int ERROR = 1;
    /** Exit status for an unusable command line. */
    public static final int USAGE = 2;

    private CommandLines() {
    }

    /** Runs {@code args} and returns the exit status. */
    public static int execute(String... args) {
        return create(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A command line writing to the given streams (tests capture them). */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new SyncytiumCommand());
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine command = ex.getCommandLine();
            PrintWriter e = command.getErr();
            e.println("error: " + ex.getMessage());
            String path = command.getCommandSpec().qualifiedName();
            e.println("Try '" + path + " --help' for usage.");
            return USAGE;
        });
        line.setExecutionExceptionHandler((ex, command, parseResult) -> {
            Object top = command.getCommandSpec().root().userObject();
            if (top instanceof SyncytiumCommand root) {
                return ErrorReporter.report(ex, root.debug(), command.getErr(), root.bundleFolder());
            }
            return ErrorReporter.report(ex, false, command.getErr());
        });
        return line;
    }
}
