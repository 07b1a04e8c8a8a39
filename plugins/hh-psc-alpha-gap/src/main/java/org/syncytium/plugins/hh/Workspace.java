package org.syncytium.plugins.hh;

/**
 * Scratch space of one thread for updating neurons one after another: the right-hand side with the
 * current neuron's parameters, the integrators bound to it and two state-sized vectors. Kept in a
 * {@link ThreadLocal} so that concurrent updates of disjoint neuron ranges never share it and the
 * hot loop allocates nothing.
 */
final class Workspace {

    private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

    final HhDynamics dynamics = new HhDynamics();
    final Rkf45Stepper rkf45 = new Rkf45Stepper(dynamics);
    /** State of the neuron being integrated. */
    final double[] y = new double[HhDynamics.DIM];
    private DormandPrinceIntegrator dormandPrince;

    private Workspace() {
    }

    /** The workspace of the calling thread. */
    static Workspace current() {
        return CURRENT.get();
    }

    /** The integrator named by the population option {@code integrator}. */
    StepIntegrator integrator(boolean useDormandPrince) {
        if (!useDormandPrince) {
            return rkf45;
        }
        if (dormandPrince == null) {
            dormandPrince = new DormandPrinceIntegrator(dynamics);
        }
        return dormandPrince;
    }
}
