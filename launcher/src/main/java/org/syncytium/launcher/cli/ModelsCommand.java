package org.syncytium.launcher.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.syncytium.api.Catalog;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.plugin.Extension;
import org.syncytium.launcher.ExtensionPoint;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.EmbeddedFramework;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code syncytium models}: what the installed plugins provide, with every parameter. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List installed neuron models, synapse models, connection rules, stimulus devices, "
                + "recorders and coupling solvers with their parameters (name, unit, default).")
public final class ModelsCommand implements Callable<Integer> {

    @ParentCommand
    private SyncytiumCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Show only these models (default: all).")
    private List<String> names = new ArrayList<>();

    @Option(names = "--brief", description = "Names and descriptions only, no parameters.")
    private boolean brief;

    @Override
    public Integer call() {
        try (EmbeddedFramework framework = root.openFramework()) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            print(factory.catalog(), spec.commandLine().getOut());
        }
        return 0;
    }

    void print(Catalog catalog, PrintWriter out) {
        List<String> all = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (ExtensionPoint point : ExtensionPoint.ALL) {
            List<? extends Extension> extensions = catalog.installed(point.type());
            extensions.forEach(e -> all.add(e.name()));
            List<? extends Extension> shown = names.isEmpty() ? extensions
                    : extensions.stream().filter(e -> names.contains(e.name())).toList();
            if (shown.isEmpty() && !names.isEmpty()) {
                continue;
            }
            out.println(point.title() + " (" + shown.size() + "):");
            if (shown.isEmpty()) {
                out.println("  (none installed)");
            }
            for (Extension extension : shown) {
                found.add(extension.name());
                out.println("  " + extension.name() + " - " + extension.description());
                if (!brief) {
                    printParameters(extension.parameters(), out);
                }
            }
            out.println();
        }
        out.flush();
        for (String name : names) {
            if (!found.contains(name)) {
                String hint = ParameterSchema.nearest(name, all).map(n -> "; did you mean \"" + n + "\"?").orElse("");
                throw new LauncherException("no installed model, rule, device, recorder or solver named \"" + name + "\"" + hint);
            }
        }
    }

    private static void printParameters(ParameterSchema schema, PrintWriter out) {
        List<ParameterSpec> specs = schema.specs();
        if (specs.isEmpty()) {
            out.println("      (no parameters)");
            return;
        }
        int nameWidth = specs.stream().mapToInt(s -> s.name().length()).max().orElse(4);
        int unitWidth = Math.max(4, specs.stream().mapToInt(s -> s.unit().length()).max().orElse(4));
        int defaultWidth = Math.max(7, specs.stream().mapToInt(s -> defaultText(s).length()).max().orElse(7));
        String format = "      %-" + nameWidth + "s  %-" + unitWidth + "s  %-" + defaultWidth + "s  %s%n";
        out.printf(format, "name", "unit", "default", "description");
        for (ParameterSpec p : specs) {
            out.printf(format, p.name(), p.unit().isEmpty() ? "-" : p.unit(), defaultText(p), p.description());
        }
    }

    private static String defaultText(ParameterSpec spec) {
        return spec.defaultValue() == null ? "(none)" : String.valueOf(spec.defaultValue());
    }
}
