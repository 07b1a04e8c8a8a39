package org.syncytium.launcher.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.felix.service.command.Descriptor;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.cli.CommandLines;
import org.syncytium.launcher.cli.SyncytiumCommand;
import org.syncytium.launcher.felix.EmbeddedFramework;

import picocli.CommandLine;

/**
 * Shell commands that use the kernel: {@code models}, {@code run}, {@code sweep}, {@code bundles}
 * (the command-line tool's commands, run in the shell's framework), and the shell's kernel
 * settings ({@code kernel}, {@code solver}).
 */
public final class SimulationCommands {

    private final EmbeddedFramework framework;
    private final KernelDefaults kernel;
    private final Supplier<SimulatorFactory> factory;

    SimulationCommands(EmbeddedFramework framework, KernelDefaults kernel, Supplier<SimulatorFactory> factory) {
        this.framework = framework;
        this.kernel = kernel;
        this.factory = factory;
    }

    @Descriptor("list models, rules, devices, recorders, solvers with parameters and recordables: models [NAME...] [--brief]")
    public void models(String... args) {
        cli("models", args);
    }

    @Descriptor("run a scenario file in this framework: run FILE [--set NAME=VALUE ...] [--out DIR]")
    public void run(String... args) {
        cli("run", args);
    }

    @Descriptor("sweep a scenario parameter in this framework: sweep FILE --param NAME=FROM:TO:STEP ...")
    public void sweep(String... args) {
        cli("sweep", args);
    }

    @Descriptor("list the bundles of this framework: bundles")
    public void bundles() {
        cli("bundles");
    }

    @Descriptor("show or set kernel settings for every later run, e.g. kernel coupling_solver=stepwise wfr_tol=1e-5; kernel --clear")
    public void kernel(String... settings) {
        if (settings.length == 1 && settings[0].equals("--clear")) {
            kernel.clear();
            System.out.println("kernel settings cleared: runs use their scenario's settings");
            return;
        }
        if (settings.length > 0) {
            Map<String, Object> parsed = new LinkedHashMap<>();
            for (String setting : settings) {
                int eq = setting.indexOf('=');
                if (eq <= 0) {
                    throw new LauncherException("kernel: expected NAME=VALUE, found \"" + setting + "\"");
                }
                parsed.put(setting.substring(0, eq), value(setting.substring(eq + 1)));
            }
            kernel.put(factory.get(), parsed);
        }
        Map<String, Object> current = kernel.settings();
        System.out.println(current.isEmpty() ? "no shell kernel settings: runs use their scenario's settings"
                : "kernel settings for every run (they override a scenario's kernel section): " + current);
    }

    @Descriptor("use this coupling solver for every later run: solver NAME (e.g. wfr, stepwise)")
    public void solver(String name) {
        kernel("coupling_solver=" + name);
    }

    /** Text as the kernel's types: true/false, integers, reals, or text. */
    static Object value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notLong) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notDouble) {
                return text;
            }
        }
    }

    private void cli(String command, String... args) {
        List<String> line = new ArrayList<>();
        line.add(command);
        line.addAll(List.of(args));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine commandLine = CommandLines.create(out, err);
        ((SyncytiumCommand) commandLine.getCommandSpec().userObject()).runIn(framework);
        int status = commandLine.execute(line.toArray(String[]::new));
        out.flush();
        err.flush();
        if (status != 0) {
            throw new CommandFailed(); // the command printed its error line already
        }
    }

    /** A command that reported its own error; the shell prints nothing more. */
    static final class CommandFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandFailed() {
            super(null, null, false, false);
        }
    }
}
