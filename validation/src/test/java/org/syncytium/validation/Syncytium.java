package org.syncytium.validation;

import java.util.List;
import java.util.function.Consumer;

import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.plugin.Extension;
import org.syncytium.core.Kernels;
import org.syncytium.core.MachineOptions;

/**
 * The real kernel with every plugin on the class path, as a user's distribution would have them.
 * One factory for the whole suite; each test makes its own simulator.
 */
final class Syncytium {

    private static final List<Extension> EXTENSIONS = List.of(
            new org.syncytium.plugins.hh.HhPscAlphaGapModel(),
            new org.syncytium.plugins.traub.TraubModel(),
            // Not in the seed list: needed by NEST's test_issue_600 (gap and non-gap neurons mixed).
            new org.syncytium.plugins.iaf.IafPscAlphaModel(),
            new org.syncytium.plugins.rules.AllToAllRule(),
            new org.syncytium.plugins.rules.OneToOneRule(),
            new org.syncytium.plugins.rules.FixedIndegreeRule(),
            new org.syncytium.plugins.rules.FixedOutdegreeRule(),
            new org.syncytium.plugins.rules.PairwiseBernoulliRule(),
            new org.syncytium.plugins.staticsynapse.StaticSynapse(),
            new org.syncytium.plugins.gap.GapJunction(),
            new org.syncytium.plugins.poisson.PoissonGenerator(),
            new org.syncytium.plugins.dc.DcGenerator(),
            new org.syncytium.plugins.spikerecorder.SpikeRecorder(),
            new org.syncytium.plugins.multimeter.Multimeter(),
            new org.syncytium.plugins.wfr.WfrSolver(),
            new org.syncytium.plugins.stepwise.StepwiseSolver());

    private static final SimulatorFactory FACTORY = Kernels.factory(EXTENSIONS);

    private Syncytium() {
    }

    /** A fresh kernel with NEST's defaults. */
    static Simulator newSimulator() {
        return FACTORY.newSimulator();
    }

    /** A fresh kernel with the given machine options (cores, warnings, thread split). */
    static Simulator newSimulator(MachineOptions machine) {
        return Kernels.factory(EXTENSIONS, machine).newSimulator();
    }

    /** A fresh kernel whose warnings go to {@code warnings} instead of standard error. */
    static Simulator newSimulator(Consumer<String> warnings) {
        return Kernels.factory(EXTENSIONS, new MachineOptions(Runtime.getRuntime().availableProcessors(), warnings))
                .newSimulator();
    }
}
