package org.syncytium.launcher.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.gogo.runtime.CommandNotFoundException;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.syncytium.api.Catalog;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.cli.ErrorReporter;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.BundleStarter;
import org.syncytium.launcher.felix.EmbeddedFramework;

/**
 * The live framework: one running Felix in which the user installs, starts, stops, updates and
 * uninstalls bundles, lists models, sets kernel settings, switches solvers and runs scenarios.
 * Lines are parsed and executed by Apache Felix Gogo's runtime; each error is one line and the
 * shell goes on.
 */
public final class Shell implements AutoCloseable {

    private final EmbeddedFramework framework;
    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final CommandProcessorImpl processor;
    private final CommandRegistry registry;
    private final CommandSession session;
    private final PrintStream out;
    private final PrintStream err;
    private final KernelDefaults kernel = new KernelDefaults();
    private final BundleIndex index;
    private DeployFolder deploy;
    private boolean exit;

    /**
     * @param framework the running framework (the shell closes it)
     * @param index     bundles that could provide what a bundle lacks (the distribution's folders)
     */
    public Shell(EmbeddedFramework framework, BundleIndex index, InputStream in, PrintStream out, PrintStream err) {
        this(framework, index, in, out, err, BundleStarter.timeoutSeconds() * 1000);
    }

    /** As above, waiting {@code startTimeoutMs} for a bundle's activator. */
    public Shell(EmbeddedFramework framework, BundleIndex index, InputStream in, PrintStream out, PrintStream err,
            long startTimeoutMs) {
        this.framework = framework;
        this.index = index;
        this.out = out;
        this.err = err;
        threadIO.start();
        processor = new CommandProcessorImpl(threadIO);
        registry = new CommandRegistry(processor);
        session = processor.createSession(in, out, err);
        framework.decorateFactory(kernel::decorate);
        BundleStarter starter = new BundleStarter(startTimeoutMs);
        ExtensionChanges changes = new ExtensionChanges(this::catalogOrNull);
        registry.register("syncytium", new BundleCommands(framework.framework().getBundleContext(), starter, index, changes));
        registry.register("syncytium", new SimulationCommands(framework, kernel, this::factory));
        registry.register("shell", new Builtins());
        registry.trackServices(framework.framework().getBundleContext());
    }

    /** Where launcher code (and other issues' features) add commands. */
    public CommandRegistry commands() {
        return registry;
    }

    /** Watches {@code folder} with File Install (the framework was started with {@link #deployProperties}). */
    public void watch(Path folder, Path fileInstallJar) {
        deploy = DeployFolder.start(folder, fileInstallJar, framework.framework().getBundleContext(), index, out);
        out.println("watching deploy folder " + deploy.folder() + ": drop bundle jars in, delete them to uninstall");
    }

    /** Framework properties for a shell that will watch {@code folder}. */
    public static java.util.Map<String, String> deployProperties(Path folder) {
        return DeployFolder.fileInstallProperties(folder);
    }

    private SimulatorFactory factory() {
        return framework.borrowed().simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
    }

    private Catalog catalogOrNull() {
        try {
            return framework.borrowed().simulatorFactory(2_000).catalog();
        } catch (LauncherException e) {
            return null; // no kernel (yet): nothing to compare
        }
    }

    /**
     * Executes one line; errors are printed as one line each.
     *
     * @return false once the user asked to leave
     */
    public boolean execute(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return !exit;
        }
        try {
            session.execute(trimmed);
        } catch (SimulationCommands.CommandFailed e) {
            // printed by the command itself
        } catch (CommandNotFoundException e) {
            err.println("error: unknown command \"" + e.getCommand().replaceFirst("^\\*:", "") + "\"; type help");
        } catch (Exception e) {
            ErrorReporter.report(e, false, new java.io.PrintWriter(err, true));
        }
        out.flush();
        err.flush();
        return !exit;
    }

    /** Reads and executes lines until end of input or {@code exit}; prompts if {@code prompt} is true. */
    public void loop(BufferedReader in, boolean prompt) throws IOException {
        while (true) {
            if (prompt) {
                out.print("syncytium> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null || !execute(line)) {
                return;
            }
        }
    }

    @Override
    public void close() {
        if (deploy != null) {
            deploy.close();
        }
        registry.close();
        session.close();
        processor.stop();
        threadIO.stop();
        framework.close();
    }

    /** help and exit. */
    public final class Builtins {

        @Descriptor("list the commands")
        public void help() {
            List<String> names = List.copyOf(registry.help().keySet());
            int width = names.stream().mapToInt(String::length).max().orElse(8);
            System.out.println("Commands (bundles by id or symbolic name; errors are one line and the shell goes on):");
            registry.help().forEach((name, text) -> System.out.printf("  %-" + width + "s  %s%n", name, text));
        }

        @Descriptor("leave the shell and stop the framework")
        public void exit() {
            Shell.this.exit = true;
        }

        @Descriptor("leave the shell and stop the framework")
        public void quit() {
            exit();
        }

        @Descriptor("wait, e.g. for the deploy folder in a script: sleep MILLISECONDS")
        public void sleep(long milliseconds) throws InterruptedException {
            Thread.sleep(Math.max(0, milliseconds));
        }

        @Descriptor("show the watched deploy folder and its jars")
        public void deploy() {
            if (deploy == null) {
                System.out.println("no deploy folder: start the shell with --deploy DIR");
                return;
            }
            System.out.println("deploy folder " + deploy.folder() + ": " + deploy.jars().stream()
                    .map(p -> p.getFileName().toString()).toList());
        }
    }
}
