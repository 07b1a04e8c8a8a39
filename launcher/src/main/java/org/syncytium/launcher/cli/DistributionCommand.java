package org.syncytium.launcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.distribution.BundleResolver;
import org.syncytium.launcher.distribution.MissingBundles;
import org.syncytium.launcher.distribution.Wanted;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.EmbeddedFramework;
import org.syncytium.launcher.scenario.Scenario;
import org.syncytium.launcher.scenario.ScenarioNeeds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code syncytium distribution OUT}: assembles a runnable folder with the launcher and a chosen
 * subset of the current bundle folder (a distribution is a list of bundles), then checks that it
 * starts: every bundle resolves and the kernel's service appears.
 */
@Command(name = "distribution", mixinStandardHelpOptions = true,
        description = "Assemble a runnable distribution folder (lib/, bundles/, a 'syncytium' script) from chosen bundles "
                + "of the current bundle folder, and check that it starts.")
public final class DistributionCommand implements Callable<Integer> {

    @ParentCommand
    private SyncytiumCommand root;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "OUT", description = "Folder to create (must not exist or be empty).")
    private Path target;

    @Option(names = "--list", paramLabel = "FILE",
            description = "Bundles to include: one symbolic name or glob (org.syncytium.*) per line, # comments.")
    private Path list;

    @Option(names = "--include", split = ",", paramLabel = "NAME", description = "Bundles to include (symbolic names or globs); default all.")
    private List<String> include = new ArrayList<>();

    @Option(names = "--exclude", split = ",", paramLabel = "NAME", description = "Bundles to leave out (symbolic names or globs).")
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--models", split = ",", paramLabel = "NAME",
            description = "Resolve the bundles from what is wanted: models, rules, synapses, devices, recorders, solvers by name.")
    private List<String> models = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Resolve the bundles a scenario file needs (its models, rules, synapses, recorders, solver).")
    private Path scenario;

    @Override
    public Integer call() throws IOException {
        List<String> includes = new ArrayList<>(include);
        if (list != null) {
            includes.addAll(readList(list));
        }
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new LauncherException("distribution folder " + target + " exists and is not empty");
                }
            }
        }
        List<Path> chosen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (!models.isEmpty() || scenario != null) {
            List<Wanted> wanted = new ArrayList<>();
            for (String model : models) {
                wanted.add(new Wanted(Wanted.ANY, model.trim(), "--models"));
            }
            if (scenario != null) {
                wanted.addAll(ScenarioNeeds.of(Scenario.load(scenario)));
            }
            BundleResolver.Resolution resolution = BundleResolver.resolve(EmbeddedFramework.bundleJars(root.bundleFolder()), wanted);
            chosen.addAll(resolution.jars());
            chosen.removeIf(jar -> matches(symbolicName(jar), exclude));
            chosen.forEach(jar -> names.add(symbolicName(jar)));
        } else {
            for (Path jar : EmbeddedFramework.bundleJars(root.bundleFolder())) {
                String name = symbolicName(jar);
                if ((includes.isEmpty() || matches(name, includes)) && !matches(name, exclude)) {
                    chosen.add(jar);
                    names.add(name);
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new LauncherException("no bundle of " + root.bundleFolder() + " matches the selection");
        }
        // Assembled next to the target and renamed into place once checked: a failed assembly leaves nothing.
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".assembling-");
        try {
            assemble(staging, chosen);
            try (EmbeddedFramework check = EmbeddedFramework.start(staging.resolve("bundles"), root.debug() ? System.err : null)) {
                check.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            } catch (LauncherException e) {
                BundleIndex pool = BundleIndex.of(List.of(root.bundleFolder()));
                throw new LauncherException("the distribution would not start: " + e.getMessage() + pool.remedy(e.getMessage())
                        + "; nothing was written", e);
            }
            if (Files.exists(absolute)) {
                Files.delete(absolute); // empty, checked above
            }
            Files.move(staging, absolute);
        } finally {
            deleteRecursively(staging);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Distribution " + target + " with " + chosen.size() + " bundles:");
        names.forEach(name -> out.println("  " + name));
        out.println("Checked: all bundles start and the kernel is available. Run it with " + target.resolve("syncytium") + " models");
        out.flush();
        return 0;
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a hidden staging folder next to the target
        }
    }

    private void assemble(Path folder, List<Path> chosen) throws IOException {
        Path bundlePool = root.bundleFolder();
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Path bundles = Files.createDirectories(folder.resolve("bundles"));
        try (Stream<Path> jars = Files.list(Distribution.lib())) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LauncherException("cannot copy the launcher from " + Distribution.lib() + ": " + e.getMessage(), e);
        }
        for (Path jar : chosen) {
            Files.copy(jar, bundles.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        writeScript(folder.resolve("syncytium"));
        // where the bundles came from: errors at run time can then name a bundle this distribution lacks
        Files.writeString(folder.resolve(MissingBundles.POOL_FILE), bundlePool.toAbsolutePath().normalize() + "\n");
    }

    private static void writeScript(Path script) throws IOException {
        String text = "#!/usr/bin/env bash\n"
                + "# Runs this Syncytium distribution (needs Java 17+).\n"
                + "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n"
                + "exec java ${JAVA_OPTS:-} -cp \"$here/lib/*\" org.syncytium.launcher.Main --bundles \"$here/bundles\" \"$@\"\n";
        Files.writeString(script, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run it with bash explicitly
        }
    }

    private static List<String> readList(Path file) {
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.replaceFirst("#.*", "").trim();
                if (!text.isEmpty()) {
                    names.add(text);
                }
            }
            return names;
        } catch (IOException e) {
            throw new LauncherException("cannot read bundle list " + file + ": " + e.getMessage(), e);
        }
    }

    static boolean matches(String name, List<String> patterns) {
        for (String pattern : patterns) {
            String regex = Pattern.quote(pattern).replace("*", "\\E.*\\Q");
            if (name.matches(regex)) {
                return true;
            }
        }
        return false;
    }

    private static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null) {
                return jar.getFileName().toString();
            }
            int semicolon = name.indexOf(';');
            return (semicolon < 0 ? name : name.substring(0, semicolon)).trim();
        } catch (IOException e) {
            throw new LauncherException("cannot read " + jar + ": " + e.getMessage(), e);
        }
    }
}
