package org.syncytium.launcher.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.syncytium.launcher.LauncherException;

/**
 * Makes a standalone Maven project for a new plugin from the templates in {@code /starter/} of the
 * launcher jar: a working neuron model (leaky integrate-and-fire), connection rule (ring lattice),
 * recorder (spike counter) or coupling solver (fixed-iteration waveform relaxation), with tests on
 * the plugin test kit. The project builds against Syncytium's published Maven coordinates, not
 * against this source tree. All files appear or none: the project is written next to its folder
 * and renamed into place.
 */
public final class PluginStarter {

    /** The kinds of plugin the starter makes, with the extension point each provides (capability name). */
    public static final Map<String, String> KINDS = Map.of("neuron", "neuron_model", "rule", "connection_rule",
            "recorder", "recorder", "solver", "coupling_solver");

    private PluginStarter() {
    }

    /**
     * Writes the project into {@code folder}, which must not exist or be empty.
     *
     * @param kind  {@code neuron}, {@code rule}, {@code recorder} or {@code solver}
     * @param name  the extension's NEST-style name, e.g. {@code my_lif}
     * @param group the Maven groupId and Java package prefix, e.g. {@code org.example}
     * @return the files written, relative to {@code folder}
     */
    public static List<Path> create(String kind, String name, String group, Path folder) {
        if (!KINDS.containsKey(kind)) {
            throw new LauncherException("--kind must be one of neuron, rule, recorder, solver; found \"" + kind + "\"");
        }
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new LauncherException("--name must be a NEST-style name: lower-case letters, digits and _, starting with a letter;"
                    + " found \"" + name + "\"");
        }
        if (!group.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
            throw new LauncherException("--group must be a Java package name such as org.example; found \"" + group + "\"");
        }
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new LauncherException(target + " exists and is not an empty folder; choose a new --dir");
        }
        Map<String, String> values = values(kind, name, group);
        Path parent = target.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        } catch (IOException e) {
            throw new LauncherException("cannot create " + target + ": " + e.getMessage(), e);
        }
        try {
            List<Path> written = new ArrayList<>();
            for (String template : List.of("common", kind)) {
                for (String file : lines("/starter/" + template + "/files.txt")) {
                    String content = fill(read("/starter/" + template + "/" + file), values);
                    String relative = fill(file, values).replace("gitignore", ".gitignore");
                    Path out = staging.resolve(relative);
                    Files.createDirectories(out.getParent());
                    Files.writeString(out, content, StandardCharsets.UTF_8);
                    written.add(Path.of(relative));
                }
            }
            if (Files.exists(target)) {
                Files.delete(target); // empty, checked above
            }
            Files.move(staging, target);
            return written;
        } catch (IOException | UncheckedIOException e) {
            deleteRecursively(staging);
            throw new LauncherException("cannot write the plugin project into " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteRecursively(staging);
            throw e;
        }
    }

    /** The placeholders of the templates for this plugin. */
    static Map<String, String> values(String kind, String name, String group) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String pkg = group + "." + name.replace("_", "").toLowerCase(Locale.ROOT);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("__PACKAGE_PATH__", pkg.replace('.', '/'));
        values.put("__PACKAGE__", pkg);
        values.put("__CLASS__", camel.toString());
        values.put("__ARTIFACT__", name.replace('_', '-'));
        values.put("__GROUP__", group);
        values.put("__VERSION__", "1.0.0");
        values.put("__SYNCYTIUM_VERSION__", syncytiumVersion());
        values.put("__KIND__", kind);
        values.put("__POINT__", KINDS.get(kind));
        values.put("__NAME__", name);
        return values;
    }

    /** The version of Syncytium this launcher belongs to (written by the build). */
    public static String syncytiumVersion() {
        Properties properties = new Properties();
        try (InputStream in = PluginStarter.class.getResourceAsStream("/starter/syncytium.properties")) {
            if (in == null) {
                throw new LauncherException("the launcher jar lacks /starter/syncytium.properties; rebuild it");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("syncytium.version");
    }

    private static String fill(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace(value.getKey(), value.getValue());
        }
        return result;
    }

    private static List<String> lines(String resource) {
        return read(resource).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String read(String resource) {
        try (InputStream in = PluginStarter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LauncherException("the launcher jar lacks the template " + resource + "; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path path) {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a hidden staging folder next to the target
        }
    }
}
