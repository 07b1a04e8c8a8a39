package org.syncytium.launcher.cli;

import java.nio.file.Path;

import org.syncytium.launcher.felix.EmbeddedFramework;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code syncytium} command and its global options. */
@Command(name = "syncytium", mixinStandardHelpOptions = true, version = "Syncytium 0.1.0",
        description = "Spiking-neural-network simulator: runs scenario files on the installed plugins.",
        subcommands = {BundlesCommand.class, ModelsCommand.class, RunCommand.class, SweepCommand.class,
                BenchCommand.class, DistributionCommand.class, ShellCommand.class, NewPluginCommand.class},
        footer = {"", "Examples:", "  syncytium run examples/gap_junctions_inhibitory.yaml --set gap_weight=0.54",
                "  syncytium sweep examples/gap_junctions_inhibitory.yaml --param gap_weight=0:0.8:0.1 --seeds 1,2,3",
                "  syncytium models"})
public final class SyncytiumCommand implements Runnable {

    @Option(names = "--bundles", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Bundle folder to load (default: the distribution's bundles/).")
    private Path bundles;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces and the OSGi framework's log.")
    private boolean debug;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** True with {@code --debug}. */
    public boolean debug() {
        return debug;
    }

    /** The bundle folder in use. */
    public Path bundleFolder() {
        return bundles != null ? bundles : Distribution.bundles();
    }

    /** Set inside the shell: commands use its running framework instead of booting their own. */
    private EmbeddedFramework running;

    /** Boots Felix on the bundle folder (or, inside the shell, borrows its framework); the caller closes it. */
    public EmbeddedFramework openFramework() {
        if (running != null) {
            return running.borrowed();
        }
        return EmbeddedFramework.start(bundleFolder(), debug ? System.err : null);
    }

    /** Makes every command of this command line run in {@code framework} (the shell's). */
    public void runIn(EmbeddedFramework framework) {
        this.running = framework;
    }
}
