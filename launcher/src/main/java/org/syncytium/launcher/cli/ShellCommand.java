package org.syncytium.launcher.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.shell.Shell;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code syncytium shell}: one running framework to install, swap and run in, with an optional watched folder. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Interactive shell in one running OSGi framework: install/start/stop/update/uninstall bundles,"
                + " models, kernel settings, solver swaps, run scenarios. Type help inside.")
public final class ShellCommand implements Callable<Integer> {

    @ParentCommand
    private SyncytiumCommand root;

    @Option(names = "--deploy", paramLabel = "DIR",
            description = "Watch DIR (created if missing): bundle jars dropped in are installed and started, removed ones uninstalled.")
    private Path deploy;

    @Option(names = "--script", paramLabel = "FILE", description = "Run the commands of FILE (one per line), then leave.")
    private Path script;

    @Override
    public Integer call() throws Exception {
        Map<String, String> properties = deploy == null ? Map.of() : Shell.deployProperties(deploy);
        EmbeddedFramework framework = EmbeddedFramework.start(root.bundleFolder(), root.debug() ? System.err : null, properties);
        for (String problem : framework.startProblems()) {
            System.err.println("error: " + problem);
        }
        BundleIndex index = BundleIndex.of(List.of(root.bundleFolder(), Distribution.bundles(), Distribution.home().resolve("tools")));
        try (Shell shell = new Shell(framework, index, System.in, System.out, System.err)) {
            if (deploy != null) {
                shell.watch(deploy, fileInstallJar());
            }
            if (script != null) {
                if (!Files.isRegularFile(script)) {
                    throw new LauncherException("no script file " + script);
                }
                try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
                    shell.loop(in, false);
                }
            } else {
                boolean interactive = System.console() != null;
                if (interactive) {
                    System.out.println("Syncytium shell: type help for the commands, exit to leave.");
                }
                shell.loop(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), interactive);
            }
        }
        return 0;
    }

    private static Path fileInstallJar() {
        Path tools = Distribution.home().resolve("tools");
        try (var files = Files.list(tools)) {
            return files.filter(p -> p.getFileName().toString().startsWith("org.apache.felix.fileinstall")).findFirst()
                    .orElse(tools.resolve("org.apache.felix.fileinstall.jar"));
        } catch (java.io.IOException e) {
            return tools.resolve("org.apache.felix.fileinstall.jar");
        }
    }
}
