package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.run;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Data files a scenario reads (pair files) and scenario files that are not files. */
final class FileFaults {

    private static final String GROUP = "files read";

    private FileFaults() {
    }

    /** Four neurons and a connect_pairs step reading {@code file} at line 6. */
    static String pairs(String file) {
        return "name: p\nnetwork:\n  - create: {model: hh_psc_alpha_gap, n: 4, as: n}\n  - connect_pairs:\n      nodes: n\n"
                + "      pairs: {file: \"" + file + "\"}\n      syn_spec: {synapse_model: gap_junction, weight: 0.1}\nsimulate: 1\n";
    }

    private static Fault.Trial pairFile(String content) {
        return folder -> {
            Files.writeString(folder.resolve("p.csv"), content, StandardCharsets.UTF_8);
            return run(pairs("p.csv")).answer(folder);
        };
    }

    static List<Fault> all() {
        return List.of(
                new Fault("F1", GROUP, "a pair file that does not exist", run(pairs("none.csv")), "s.yaml:6:", "pair file not found"),
                new Fault("F2", GROUP, "`/dev/zero` as pair file (endless)", run(pairs("/dev/zero")), "s.yaml:6:",
                        "not a regular file"),
                new Fault("F3", GROUP, "a FIFO as pair file (would block)", folder -> {
                    Path fifo = folder.resolve("fifo");
                    new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
                    return run(pairs("fifo")).answer(folder);
                }, "s.yaml:6:", "not a regular file"),
                new Fault("F4", GROUP, "`/proc/self/environ` as pair file", run(pairs("/proc/self/environ")), "s.yaml:6:",
                        "system file under /proc"),
                new Fault("F5", GROUP, "a folder as pair file", run(pairs(".")), "s.yaml:6:", "is a folder"),
                new Fault("F6", GROUP, "a pair file in Latin-1", folder -> {
                    Files.write(folder.resolve("p.csv"), "1,2\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
                    return run(pairs("p.csv")).answer(folder);
                }, "p.csv:2:", "not UTF-8 text: byte 0xE9 at column 6"),
                new Fault("F7", GROUP, "three columns in a row", pairFile("1,2\n3,4,1\n"), "p.csv:2:",
                        "expected two columns source,target", "found 3 column(s)"),
                new Fault("F8", GROUP, "a row of text", pairFile("1,2\nx,y\n"), "p.csv:2:", "expected two integers"),
                new Fault("F9", GROUP, "a position outside the population", pairFile("1,2\n3,9\n"), "p.csv:2:",
                        "position 9 is outside the population (1..4)"),
                new Fault("F10", GROUP, "a pair file with no pairs", pairFile("# nothing\n"), "s.yaml:6:", "has no pairs"),
                new Fault("F11", GROUP, "a pair file larger than 64 MB", folder -> {
                    try (RandomAccessFile file = new RandomAccessFile(folder.resolve("p.csv").toFile(), "rw")) {
                        file.setLength((64L << 20) + 1); // sparse: no time, no disk
                    }
                    return run(pairs("p.csv")).answer(folder);
                }, "s.yaml:6:", "larger than 64 MB"),
                new Fault("F12", GROUP, "a pair file whose size disagrees with `n`", folder -> {
                    Files.writeString(folder.resolve("p.csv"), "1,2\n3,4\n");
                    return run(pairs("p.csv").replace("{file: \"p.csv\"}", "{file: \"p.csv\", n: 3}")).answer(folder);
                }, "s.yaml:6:", "holds 2 pairs but n = 3"),
                new Fault("F13", GROUP, "`/dev/zero` as scenario", Trials.cli("run", "/dev/zero"), "not a regular file"),
                new Fault("F14", GROUP, "a FIFO as scenario", folder -> {
                    Path fifo = folder.resolve("s.yaml");
                    new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
                    return Trials.cliIn(folder, "run", "{dir}/s.yaml");
                }, "not a regular file"),
                new Fault("F15", GROUP, "a link to `/proc/self/environ` as pair file", folder -> {
                    Files.createSymbolicLink(folder.resolve("p.csv"), Path.of("/proc/self/environ"));
                    return run(pairs("p.csv")).answer(folder);
                }, "s.yaml:6:", "system file under /proc"),
                new Fault("F16", GROUP, "`/proc/self/environ` as scenario", Trials.cli("run", "/proc/self/environ"),
                        "system file under /proc"));
    }
}
