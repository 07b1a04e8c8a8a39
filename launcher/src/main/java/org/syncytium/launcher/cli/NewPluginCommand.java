package org.syncytium.launcher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.syncytium.launcher.starter.PluginStarter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code syncytium new-plugin}: a standalone Maven project for a new plugin, with tests, that builds a bundle. */
@Command(name = "new-plugin", mixinStandardHelpOptions = true,
        description = "Create a standalone Maven project for a plugin (outside Syncytium's source tree) with a working"
                + " example and tests on the plugin test kit. See docs/plugin-guide.md.")
public final class NewPluginCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "neuron, rule, recorder or solver")
    private String kind;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the name users type, e.g. my_lif")
    private String name;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the project folder to create (new or empty)")
    private Path dir;

    @Option(names = "--group", paramLabel = "GROUP", defaultValue = "org.example",
            description = "Maven groupId and Java package prefix (default: ${DEFAULT-VALUE})")
    private String group;

    @Override
    public Integer call() {
        List<Path> files = PluginStarter.create(kind, name, group, dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + kind + " plugin " + name + " in " + dir.toAbsolutePath().normalize() + " (" + files.size() + " files)");
        out.println("Next:");
        out.println("  mvn -B install -DskipTests -pl api,plugin-testkit -am   # once, in the Syncytium checkout (Syncytium "
                + PluginStarter.syncytiumVersion() + ")");
        out.println("  cd " + dir + " && mvn -B verify                              # tests and the bundle target/*.jar");
        out.println("Then copy the jar into a distribution's bundles/ folder, or install it in 'syncytium shell'.");
        out.flush();
        return 0;
    }
}
