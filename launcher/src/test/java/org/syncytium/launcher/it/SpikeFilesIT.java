package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SONATA and gdf files of real runs, read back by h5py and Neo (not by our code) and compared
 * with spikes.csv: src/test/python/check_spike_files.py.
 */
class SpikeFilesIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolsPresent() {
        ExternalTools.require(ExternalTools.pythonHas("h5py", "neo", "quantities"),
                ExternalTools.PYTHON + " with h5py and neo (Debian python3-h5py, python3-neo) is missing");
    }

    private void runAndCheck(String population, String... runArgs) {
        Path out = folder.resolve(population);
        String[] args = new String[runArgs.length + 4];
        System.arraycopy(runArgs, 0, args, 0, runArgs.length);
        System.arraycopy(new String[] {"--out", out.toString(), "--bundles", DistributionFolders.bundles().toString()},
                0, args, runArgs.length, 4);
        CommandsIT.Outcome run = CommandsIT.run(args);
        assertEquals(0, run.status(), run.err());
        ExternalTools.Result check = ExternalTools.run(List.of(ExternalTools.PYTHON,
                ExternalTools.script("check_spike_files.py").toString(), out.toString(), population, "1"), 300);
        assertEquals(0, check.status(), check.output());
        assertTrue(check.output().contains("OK   h5py") && check.output().contains("OK   neo"), check.output());
    }

    @Test
    void oneNeuron() {
        runAndCheck("neuron", "run", "../examples/single_neuron.yaml", "--set", "simtime=50");
    }

    @Test
    void aSmallSeedNetwork() {
        runAndCheck("neurons", "run", "../examples/gap_junctions_inhibitory.yaml", "--set", "n_neuron=40",
                "--set", "gap_pairs=random", "--set", "gap_per_neuron=6", "--set", "simtime=40", "--threads", "2");
    }
}
