package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One seed story: the shipped Java example (examples/GapJunctionsInhibitory.java, run as a user
 * runs it) and the shipped scenario give the same spikes for the same gap weight, seed and
 * simulated time (shortened here to keep the test fast).
 */
class SeedStoryIT {

    @TempDir
    Path folder;

    @Test
    void javaExampleAndScenarioGiveTheSameSpikes() throws Exception {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = repository.resolve("launcher/target/syncytium/lib").toString() + "/*";
        ExternalTools.Result example = ExternalTools.run(List.of("/bin/sh", "-c", "cd '" + repository + "' && '" + java
                + "' -cp '" + classPath + "' examples/GapJunctionsInhibitory.java 0.3 1 30 2>/dev/null"), 600);
        assertEquals(0, example.status(), example.output());
        Matcher printed = Pattern.compile("(\\d+) spikes, average spike rate").matcher(example.output());
        assertTrue(printed.find(), example.output());
        int exampleSpikes = Integer.parseInt(printed.group(1));

        Path out = folder.resolve("scenario");
        CommandsIT.Outcome run = CommandsIT.run("run", "../examples/gap_junctions_inhibitory.yaml", "--set", "seed=1",
                "--set", "simtime=30", "--out", out.toString(), "--bundles", DistributionFolders.bundles().toString());
        assertEquals(0, run.status(), run.err());
        long scenarioSpikes = Files.readAllLines(out.resolve("spikes.csv")).size() - 1;
        assertTrue(scenarioSpikes > 50, "the initial burst gives many spikes: " + scenarioSpikes);
        assertEquals(scenarioSpikes, exampleSpikes, "same network, same seed: same spikes");
    }
}
