package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.load;
import static org.syncytium.launcher.reliability.Trials.run;
import static org.syncytium.launcher.reliability.Trials.tiny;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.syncytium.launcher.cli.ErrorReporter;
import org.syncytium.launcher.transaction.OutputTransaction;

/**
 * Outputs: names a scenario gives files, folders that hold other files, folders in use, commits that
 * fail. Each trial also checks that nothing outside what it expects changed.
 */
final class OutputFaults {

    private static final String GROUP = "outputs";
    private static final String SINGLE = "../examples/single_neuron.yaml";

    private OutputFaults() {
    }

    /** Sorted names in {@code folder} (hidden ones included). */
    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    /** A folder as a previous run leaves it: old.csv and summary.json listed in its manifest, and a user's notes.txt. */
    static Path previousRun(Path folder) throws IOException {
        Path out = Files.createDirectories(folder.resolve("out"));
        Files.writeString(out.resolve("old.csv"), "old");
        Files.writeString(out.resolve("summary.json"), "{}");
        Files.writeString(out.resolve("notes.txt"), "the user's own");
        Files.writeString(out.resolve("manifest.json"), "{\"syncytium_manifest\": 1, \"command\": \"run x\","
                + " \"files\": [\"old.csv\", \"summary.json\"], \"folders\": []}");
        return out;
    }

    private static String message(RuntimeException e) {
        return ErrorReporter.message(e);
    }

    static List<Fault> all() {
        return List.of(
                new Fault("O1", GROUP, "a recorder `file: ../spikes.csv`", load(tiny("").replace("file: spikes.csv",
                        "file: ../spikes.csv")), "s.yaml:7:", "file \"../spikes.csv\" contains a folder separator"),
                new Fault("O2", GROUP, "a recorder `file: /tmp/spikes.csv`", load(tiny("").replace("file: spikes.csv",
                        "file: /tmp/spikes.csv")), "s.yaml:7:", "contains a folder separator"),
                new Fault("O3", GROUP, "a recorder file not ending in .csv", load(tiny("").replace("file: spikes.csv",
                        "file: spikes.txt")), "s.yaml:7:", "file must end in .csv"),
                new Fault("O4", GROUP, "a hidden recorder file `.spikes.csv`", load(tiny("").replace("file: spikes.csv",
                        "file: .spikes.csv")), "s.yaml:7:", "starts with a dot"),
                new Fault("O5", GROUP, "two recorders writing one file", load(tiny("  - multimeter: {from: n, file: spikes.csv}\n")),
                        "s.yaml:8:", "already written by the record entry at line 7"),
                new Fault("O6", GROUP, "a multimeter named `as: ../vm` (its file would be ../vm.csv)",
                        load(tiny("  - multimeter: {from: n, as: ../vm}\n")), "s.yaml:8:", "as \"../vm\" contains a folder separator"),
                new Fault("O7", GROUP, "an absolute recorder `label` with `record_to: ascii`",
                        load(tiny("  - spikes: {from: n, as: s2, params: {record_to: ascii, label: /etc/cron.d/x}}\n")),
                        "s.yaml:8:", "label \"/etc/cron.d/x\" contains a folder separator"),
                new Fault("O8", GROUP, "a `../` label of a recorder created as a network step",
                        load("network:\n  - create:\n      model: spike_recorder\n      params: {record_to: ascii, label: ../x}\n"
                                + "simulate: 1\n"), "s.yaml:4:", "label \"../x\""),
                new Fault("O9", GROUP, "`data_path` in the kernel settings", load("kernel: {data_path: /tmp}\nsimulate: 1\n"),
                        "s.yaml:1:", "data_path is set by the launcher"),
                new Fault("O10", GROUP, "`data_prefix: ../`", load("kernel: {data_prefix: ../}\nsimulate: 1\n"), "s.yaml:1:",
                        "data_prefix \"../\""),
                new Fault("O11", GROUP, "a label from a parameter, `--set lab=../../x`",
                        run(tiny("  - spikes: {from: n, as: s2, params: {record_to: ascii, label: \"${lab}\"}}\n")
                                .replace("  simtime: 5.0\n", "  simtime: 5.0\n  lab: ok\n"), "lab=../../x"),
                        "s.yaml:9:", "label \"../../x\""),
                new Fault("O12", GROUP, "`data_path` in a later kernel phase", run("simulate:\n  - simulate: 1\n"
                        + "  - kernel: {data_path: /tmp}\n  - simulate: 1\n"), "s.yaml:3:", "data_path is set by the launcher"),
                new Fault("O13", GROUP, "an output folder holding other files", folder -> {
                    Path out = Files.createDirectories(folder.resolve("out"));
                    Files.writeString(out.resolve("mine.txt"), "keep");
                    String answer = Trials.cliIn(folder, "run", SINGLE, "--out", "{dir}/out");
                    require(names(out).equals(List.of("mine.txt")), "the folder is unchanged");
                    return answer;
                }, "output folder", "is not empty (holds mine.txt)", "--out DIR", "--overwrite"),
                new Fault("O14", GROUP, "`--overwrite`: replaces only the previous run's files (stale ones go, the user's stay)",
                        folder -> {
                            Path out = previousRun(folder);
                            try (OutputTransaction t = OutputTransaction.begin(out, true, "test")) {
                                t.write("summary.json", o -> o.write('1'));
                                t.commit();
                            }
                            require(names(out).equals(List.of("manifest.json", "notes.txt", "summary.json")), "old.csv removed, notes kept");
                            require(Files.readString(out.resolve("notes.txt")).equals("the user's own"), "notes untouched");
                            return "committed: " + String.join(", ", names(out));
                        }, "committed: manifest.json, notes.txt, summary.json"),
                new Fault("O15", GROUP, "`--overwrite` where a new output would replace a file the previous run did not write",
                        folder -> {
                            Path out = previousRun(folder);
                            try (OutputTransaction t = OutputTransaction.begin(out, true, "test")) {
                                t.write("notes.txt", o -> o.write('1'));
                                t.commit();
                            } catch (RuntimeException e) {
                                require(names(out).equals(List.of("manifest.json", "notes.txt", "old.csv", "summary.json")),
                                        "nothing changed");
                                return message(e);
                            }
                            throw new Trials.NoError("commit");
                        }, "notes.txt exists and is not a file of the previous run"),
                new Fault("O16", GROUP, "a manifest listing `../../etc/passwd` (edited by hand)", folder -> {
                    Path out = previousRun(folder);
                    Files.writeString(out.resolve("manifest.json"), "{\"syncytium_manifest\": 1, \"files\": [\"../../etc/passwd\"]}");
                    try (OutputTransaction t = OutputTransaction.begin(out, true, "test")) {
                        throw new Trials.NoError("begin");
                    } catch (RuntimeException e) {
                        return message(e);
                    }
                }, "not a manifest written by Syncytium", "../../etc/passwd"),
                new Fault("O17", GROUP, "a manifest that is not JSON", folder -> {
                    Path out = previousRun(folder);
                    Files.writeString(out.resolve("manifest.json"), "garbage");
                    try (OutputTransaction t = OutputTransaction.begin(out, true, "test")) {
                        throw new Trials.NoError("begin");
                    } catch (RuntimeException e) {
                        return message(e);
                    }
                }, "not a manifest written by Syncytium"),
                new Fault("O18", GROUP, "a second run into a folder in use", folder -> {
                    try (OutputTransaction first = OutputTransaction.begin(folder.resolve("out"), false, "first");
                            OutputTransaction second = OutputTransaction.begin(folder.resolve("out"), false, "second")) {
                        throw new Trials.NoError("second begin");
                    } catch (RuntimeException e) {
                        require(names(folder).isEmpty(), "nothing left behind");
                        return message(e);
                    }
                }, "is in use by another run", "--out DIR"),
                new Fault("O19", GROUP, "a lock left by a killed run (taken over)", folder -> {
                    Files.writeString(folder.resolve(".out.syncytium-lock"), "syncytium output lock pid=1 id=x\n");
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        t.write("a.csv", o -> o.write('1'));
                        t.commit();
                    }
                    return "committed: " + String.join(", ", names(folder));
                }, "committed: out"),
                new Fault("O20", GROUP, "a file of the user's where the lock goes", folder -> {
                    Files.writeString(folder.resolve(".out.syncytium-lock"), "my notes");
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        throw new Trials.NoError("begin");
                    } catch (RuntimeException e) {
                        require(Files.readString(folder.resolve(".out.syncytium-lock")).equals("my notes"), "file untouched");
                        return message(e);
                    }
                }, "exists but is not a Syncytium lock"),
                new Fault("O21", GROUP, "a symbolic link where the lock goes (pointing at a file to clobber)", folder -> {
                    Path victim = Files.writeString(folder.resolve("victim"), "precious");
                    Files.createSymbolicLink(folder.resolve(".out.syncytium-lock"), victim);
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        throw new Trials.NoError("begin");
                    } catch (RuntimeException e) {
                        require(Files.readString(victim).equals("precious"), "the link's target untouched");
                        return message(e);
                    }
                }, "is not a Syncytium lock"),
                new Fault("O22", GROUP, "a commit that fails half way (rolled back)", folder -> {
                    Path out = previousRun(folder);
                    Files.delete(out.resolve("old.csv"));
                    Files.createDirectories(out.resolve("old.csv").resolve("blocker")); // the move onto it fails
                    try (OutputTransaction t = OutputTransaction.begin(out, true, "test")) {
                        t.write("a.csv", o -> o.write('1'));
                        t.write("old.csv", o -> o.write('2'));
                        t.commit();
                    } catch (RuntimeException e) {
                        require(names(out).equals(List.of("manifest.json", "notes.txt", "old.csv", "summary.json")),
                                "exactly the previous content: " + names(out));
                        require(Files.readString(out.resolve("summary.json")).equals("{}"), "old summary restored");
                        return message(e);
                    }
                    throw new Trials.NoError("commit");
                }, "cannot write the outputs in", "nothing was written"),
                new Fault("O23", GROUP, "a writer that fails (nothing appears, created parent folders go)", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("new/deep/out"), false, "test")) {
                        t.write("a.csv", o -> o.write('1'));
                        t.write("b.csv", o -> {
                            throw new IOException("disk full");
                        });
                    } catch (RuntimeException e) {
                        require(names(folder).isEmpty(), "nothing left: " + names(folder));
                        return message(e);
                    }
                    throw new Trials.NoError("write");
                }, "cannot write b.csv", "disk full"),
                new Fault("O24", GROUP, "an output named `manifest.json`", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        t.write("manifest.json", o -> o.write('1'));
                    } catch (RuntimeException e) {
                        return message(e);
                    }
                    throw new Trials.NoError("write");
                }, "is reserved for the run's manifest"),
                new Fault("O25", GROUP, "one output written twice", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        t.write("a.csv", o -> o.write('1'));
                        t.write("a.csv", o -> o.write('2'));
                    } catch (RuntimeException e) {
                        return message(e);
                    }
                    throw new Trials.NoError("write");
                }, "output a.csv is written twice"),
                new Fault("O26", GROUP, "a recorder file left incomplete (`.part`) at commit", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        Files.writeString(t.staging().resolve("spikes.csv.part"), "sender,time_ms\n");
                        t.commit();
                    } catch (RuntimeException e) {
                        require(names(folder).isEmpty(), "nothing left: " + names(folder));
                        return message(e);
                    }
                    throw new Trials.NoError("commit");
                }, "output spikes.csv was not completed by its writer"),
                new Fault("O27", GROUP, "a symbolic link among the staged outputs", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        Files.createSymbolicLink(t.staging().resolve("link.csv"), Path.of("/etc/hostname"));
                        t.commit();
                    } catch (RuntimeException e) {
                        return message(e);
                    }
                    throw new Trials.NoError("commit");
                }, "output link.csv is a symbolic link"),
                new Fault("O28", GROUP, "writing after an interrupt aborted the outputs", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        t.abort();
                        t.write("a.csv", o -> o.write('1'));
                    } catch (RuntimeException e) {
                        require(names(folder).isEmpty(), "nothing left");
                        return message(e);
                    }
                    throw new Trials.NoError("write");
                }, "interrupted; no outputs written"),
                new Fault("O29", GROUP, "a sweep value with `/` names a point folder", folder -> {
                    String name = org.syncytium.launcher.sweep.SweepRunner.pointName("model", "../../x", 2L);
                    require(org.syncytium.launcher.transaction.OutputNames.isPlain(name), "a plain name: " + name);
                    return "point folder " + name;
                }, "point folder model=.._.._x_seed=2"),
                new Fault("O30", GROUP, "the user's own `*.tmp` and `.recording-*` files beside a run (kept)", folder -> {
                    Path out = previousRun(folder);
                    Files.writeString(out.resolve("draft.tmp"), "mine");
                    Files.createDirectories(out.resolve(".recording-mine"));
                    try (OutputTransaction t = OutputTransaction.begin(out, true, "test")) {
                        t.write("a.csv", o -> o.write('1'));
                        t.abort(); // what an interrupt does
                    }
                    require(names(out).equals(List.of(".recording-mine", "draft.tmp", "manifest.json", "notes.txt", "old.csv",
                            "summary.json")), "all kept: " + names(out));
                    return "kept: " + String.join(", ", names(out));
                }, "kept: .recording-mine, draft.tmp"),
                new Fault("O31", GROUP, "a record entry asking for NEST's file layout (`file_extension: dat`)",
                        run(tiny("  - multimeter: {from: n, file: vm.csv, params: {file_extension: dat}}\n")), "s.yaml:8:",
                        "writes vm.csv (CSV) into the run's output folder; leave out file_extension and time_in_steps"),
                new Fault("O32", GROUP, "a recorder in the network with `time_in_steps: true`",
                        run(tiny("").replace("as: n}\n", "as: n}\n  - create: {model: spike_recorder, params: "
                                + "{time_in_steps: true}, as: rec}\n")), "s.yaml:6:", "writes rec.csv (CSV) into the run's"),
                new Fault("O33", GROUP, "a writer whose library wraps the system's error (ImageIO's PNG writer)", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        t.write("raster.png", o -> {
                            throw new javax.imageio.IIOException("I/O error writing PNG file!",
                                    new IOException("No space left on device"));
                        });
                    } catch (RuntimeException e) {
                        require(names(folder).isEmpty(), "nothing left: " + names(folder));
                        return message(e);
                    }
                    throw new Trials.NoError("write");
                }, "cannot write raster.png", "I/O error writing PNG file! (No space left on device)"),
                new Fault("O34", GROUP, "a recorder that cannot write its stream during the run (a full disk)", folder -> {
                    try (OutputTransaction t = OutputTransaction.begin(folder.resolve("out"), false, "test")) {
                        Path part = t.staging().resolve("spikes.csv.part");
                        RuntimeException e = new org.syncytium.launcher.scenario.ScenarioException(folder.resolve("s.yaml"),
                                31, "cannot write " + part + ": No space left on device",
                                new org.syncytium.api.error.SyncytiumException("cannot write " + part + ": No space left on device"));
                        String answer = message(t.inUserTerms(e));
                        require(!answer.contains("staging") && !answer.contains(".part"), "no staging path: " + answer);
                        RuntimeException other = new IllegalStateException("unrelated");
                        require(t.inUserTerms(other) == other, "other errors unchanged");
                        Path point = t.scratch().resolve("points/I_e=200/spikes.csv.part");
                        String sweep = message(t.inUserTerms(new org.syncytium.api.error.SyncytiumException(
                                "cannot write " + point + ": No space left on device")));
                        require(sweep.equals("cannot write " + t.shown() + "/points/I_e=200/spikes.csv: No space left on device"),
                                "a sweep point's file in the output folder: " + sweep);
                        return answer;
                    }
                }, "s.yaml:31: cannot write", "out/spikes.csv: No space left on device"),
                new Fault("O35", GROUP, "a recorder in the network with `record_to: screen`",
                        run(tiny("").replace("as: n}\n", "as: n}\n  - create: {model: spike_recorder, params: "
                                + "{record_to: screen}, as: rec}\n")), "s.yaml:6:",
                        "writes rec.csv into the run's output folder by itself; leave out record_to (or set it to memory)"));
    }
}
