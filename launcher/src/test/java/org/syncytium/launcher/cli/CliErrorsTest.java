package org.syncytium.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliErrorsTest {

    @TempDir
    Path folder;

    /** Exit status, stdout and stderr of one command line. */
    record Outcome(int status, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLines.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void unknownCommandGivesUsageHint() {
        Outcome o = run("rnu");
        assertEquals(CommandLines.USAGE, o.status());
        assertTrue(o.err().startsWith("error: Unmatched argument"), o.err());
        assertTrue(o.err().contains("Try 'syncytium --help' for usage."), o.err());
    }

    @Test
    void unknownOptionNamesTheSubcommand() {
        Outcome o = run("run", "--thread", "4");
        assertEquals(CommandLines.USAGE, o.status());
        assertTrue(o.err().contains("Unknown option: '--thread'"), o.err());
        assertTrue(o.err().contains("Try 'syncytium run --help' for usage."), o.err());
    }

    @Test
    void missingBundleFolderIsOneLine() {
        Outcome o = run("bundles", "--bundles", folder.resolve("nowhere").toString());
        assertEquals(CommandLines.ERROR, o.status());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("error: bundle folder " + folder.resolve("nowhere") + " does not exist"), o.err());
    }

    @Test
    void emptyBundleFolder() {
        Outcome o = run("--bundles", folder.toString(), "models");
        assertEquals(CommandLines.ERROR, o.status());
        assertEquals("error: bundle folder " + folder + " contains no .jar bundles", o.err().trim());
    }

    @Test
    void debugAddsTheStackTrace() {
        Outcome o = run("--debug", "bundles", "--bundles", folder.resolve("nowhere").toString());
        assertEquals(CommandLines.ERROR, o.status());
        assertTrue(o.err().lines().count() > 2, o.err());
        assertTrue(o.err().contains("at org.syncytium.launcher"), o.err());
    }

    @Test
    void scenarioErrorsComeBeforeTheFrameworkBoots() throws IOException {
        Path scenario = folder.resolve("s.yaml");
        Files.writeString(scenario, "parameters:\n  g: 0.3\nsimulate: 10\n");
        Outcome o = run("run", scenario.toString(), "--set", "gg=1", "--bundles", folder.resolve("nowhere").toString());
        assertEquals(CommandLines.ERROR, o.status());
        assertEquals("error: --set gg: unknown parameter \"gg\"; did you mean \"g\"?", o.err().trim());
        Outcome missing = run("run", folder.resolve("none.yaml").toString());
        assertEquals("error: " + folder.resolve("none.yaml") + ": scenario file not found", missing.err().trim());
    }

    @Test
    void helpListsTheCommands() {
        Outcome o = run("--help");
        assertEquals(0, o.status());
        for (String command : new String[] {"bundles", "models", "run", "sweep", "distribution"}) {
            assertTrue(o.out().contains(command), command);
        }
        assertFalse(o.out().isEmpty());
    }

    /**
     * Every command's help renders: picocli formats descriptions with String.format, so a lone "%" in
     * one (it was "5 %" in bench --settle) printed warnings on stderr and the raw text with "%n".
     */
    @Test
    void everyCommandsHelpFormatsCleanly() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream traced = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(traced, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String command : CommandLines.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                    .getSubcommands().keySet()) {
                Outcome o = run(command, "--help");
                assertEquals(0, o.status(), command);
                assertEquals("", o.err(), command);
                assertFalse(o.out().contains("%n"), command + ": " + o.out());
            }
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", traced.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
