package org.syncytium.launcher.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.syncytium.launcher.felix.BundleInfo;
import org.syncytium.launcher.felix.EmbeddedFramework;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code syncytium bundles}: every bundle of the distribution with its version and state. */
@Command(name = "bundles", mixinStandardHelpOptions = true,
        description = "List the bundles of the distribution: symbolic name, version, state.")
public final class BundlesCommand implements Callable<Integer> {

    @ParentCommand
    private SyncytiumCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EmbeddedFramework framework = root.openFramework()) {
            List<BundleInfo> bundles = framework.bundles();
            int width = bundles.stream().mapToInt(b -> b.symbolicName().length()).max().orElse(10);
            out.println("Bundles in " + root.bundleFolder() + ":");
            out.printf("%4s  %-" + width + "s  %-24s  %s%n", "ID", "SYMBOLIC NAME", "VERSION", "STATE");
            for (BundleInfo bundle : bundles) {
                out.printf("%4d  %-" + width + "s  %-24s  %s%n", bundle.id(), bundle.symbolicName(), bundle.version(), bundle.state());
            }
            out.flush();
            List<String> problems = framework.startProblems();
            PrintWriter err = spec.commandLine().getErr();
            for (String problem : problems) {
                err.println("error: " + problem);
            }
            err.flush();
            return problems.isEmpty() ? 0 : CommandLines.ERROR;
        }
    }
}
