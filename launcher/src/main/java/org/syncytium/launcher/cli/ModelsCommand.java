package org.syncytium.launcher.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.syncytium.api.Catalog;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.plugin.ExtensionProvider;
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

    @picocli.CommandLine.Mixin
    private ModelFilesOption modelFiles = new ModelFilesOption();

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Show only these models (default: all).")
    private List<String> names = new ArrayList<>();

    @Option(names = "--brief", description = "Names and descriptions only, no parameters.")
    private boolean brief;

    @Override
    public Integer call() {
        try (EmbeddedFramework framework = root.openFramework()) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            List<String> loaded = modelFiles.load(framework, factory);
            if (names.isEmpty() && !loaded.isEmpty()) {
                names = new ArrayList<>(loaded); // models --nestml FILE: the file's models
            }
            print(factory.catalog(), spec.commandLine().getOut());
        }
        return 0;
    }

    void print(Catalog catalog, PrintWriter out) {
        List<String> all = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (ExtensionPoint point : ExtensionPoint.ALL) {
            List<ExtensionProvider> providers = catalog.providers(point.type());
            providers.forEach(p -> all.add(p.name()));
            List<ExtensionProvider> shown = names.isEmpty() ? providers
                    : providers.stream().filter(p -> names.contains(p.name())).toList();
            if (shown.isEmpty() && !names.isEmpty()) {
                continue;
            }
            long active = shown.stream().filter(ExtensionProvider::active).count();
            out.println(point.title() + " (" + active + "):");
            if (shown.isEmpty()) {
                out.println("  (none installed)");
            }
            for (ExtensionProvider provider : shown) {
                found.add(provider.name());
                if (!provider.active()) {
                    out.println("    shadowed: " + origin(provider) + " (not used while the provider above is installed)");
                    continue;
                }
                Extension extension = provider.extension();
                out.println("  " + extension.name() + " - " + extension.description());
                boolean collides = shown.stream().filter(p -> p.name().equals(provider.name())).count() > 1;
                if (collides || !brief) {
                    out.println("      provider: " + origin(provider) + (collides ? " (active)" : ""));
                }
                if (!brief) {
                    if (extension instanceof NeuronModel model) {
                        out.println("      recordables: " + (model.recordables().isEmpty() ? "(none)"
                                : String.join(", ", model.recordables()))
                                + (model.supportsGapJunctions() ? "; gap junctions: yes" : ""));
                        if (model.spikeReceptors() > 0) {
                            out.println("      receptor types: " + receptorTypes(model));
                        }
                    }
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

    /** The bundle and what decides its precedence: OSGi's service.ranking, then the lowest service.id. */
    private static String origin(ExtensionProvider provider) {
        return provider.origin() + ", service.ranking " + provider.ranking() + ", service.id " + provider.serviceId();
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

    /** NEST's receptor_types in number order, e.g. {@code AMPA=1, NMDA=2}; "1 to R" for unnamed ones. */
    private static String receptorTypes(NeuronModel model) {
        java.util.List<String> names = new java.util.ArrayList<>();
        model.receptorTypes().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> names.add(e.getKey() + "=" + e.getValue()));
        return names.isEmpty() ? "1 to " + model.spikeReceptors() : String.join(", ", names);
    }
}
