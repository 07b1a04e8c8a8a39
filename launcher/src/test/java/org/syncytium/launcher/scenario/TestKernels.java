package org.syncytium.launcher.scenario;

import java.util.List;

import org.syncytium.api.SimulatorFactory;
import org.syncytium.core.Kernels;

/** A kernel with every plugin, on the class path (no OSGi): fast tests of the scenario runner. */
public final class TestKernels {

    private TestKernels() {
    }

    public static SimulatorFactory factory() {
        return Kernels.factory(List.of(new org.syncytium.plugins.hh.HhPscAlphaGapModel(), new org.syncytium.plugins.traub.TraubModel(),
                new org.syncytium.plugins.rules.AllToAllRule(), new org.syncytium.plugins.rules.OneToOneRule(),
                new org.syncytium.plugins.rules.FixedIndegreeRule(), new org.syncytium.plugins.rules.FixedOutdegreeRule(),
                new org.syncytium.plugins.rules.PairwiseBernoulliRule(),
                new org.syncytium.plugins.staticsynapse.StaticSynapse(), new org.syncytium.plugins.gap.GapJunction(),
                new org.syncytium.plugins.poisson.PoissonGenerator(), new org.syncytium.plugins.dc.DcGenerator(),
                new org.syncytium.plugins.spikerecorder.SpikeRecorder(), new org.syncytium.plugins.multimeter.Multimeter(),
                new org.syncytium.plugins.wfr.WfrSolver(), new org.syncytium.plugins.stepwise.StepwiseSolver()));
    }
}
