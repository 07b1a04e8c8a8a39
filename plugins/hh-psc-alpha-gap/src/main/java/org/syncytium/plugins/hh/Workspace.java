package org.syncytium.plugins.hh;

/**
 * Scratch space of one thread for updating neurons: the right-hand side with the current neuron's
 * parameters, the integrators bound to it, a state-sized vector and, for {@code rkf45_simd}, the
 * vectorised lanes. Kept in a {@link ThreadLocal} so that concurrent updates of disjoint neuron
 * ranges never share it and the hot loop allocates nothing.
 */
final class Workspace {

    private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

    final HhDynamics dynamics = new HhDynamics();
    final Rkf45Stepper rkf45 = new Rkf45Stepper(dynamics);
    /** State of the neuron being integrated. */
    final double[] y = new double[HhDynamics.DIM];
    private DormandPrinceIntegrator dormandPrince;
    /** rkf45_simd's scalar twin (tests): StrictMath.exp and the lanes' powers. */
    private HhDynamics strictDynamics;
    private Rkf45Stepper strictRkf45;
    /** The vectorised lanes, typed Object so that this class links without the Vector API. */
    private Object simd;

    private Workspace() {
    }

    /** The workspace of the calling thread. */
    static Workspace current() {
        return CURRENT.get();
    }

    /**
     * True if rkf45_simd can run on the vectorised lanes now: the Vector API is there and the lanes are
     * compiled ({@link SimdWarmup}); otherwise its scalar twin runs, with the same results.
     */
    boolean lanesReady() {
        return VectorSupport.available() && SimdWarmup.hot();
    }

    /** The vectorised lanes of this thread (only where the Vector API is available). */
    Rkf45Simd simd() {
        if (simd == null) {
            simd = new Rkf45Simd();
        }
        return (Rkf45Simd) simd;
    }

    /** The right-hand side the scalar integrators use ({@code strict}: the twin of the vector lanes). */
    HhDynamics dynamics(boolean strict) {
        if (!strict) {
            return dynamics;
        }
        if (strictDynamics == null) {
            strictDynamics = new HhDynamics(true);
            strictRkf45 = new Rkf45Stepper(strictDynamics);
        }
        return strictDynamics;
    }

    /** The scalar RKF45 bound to {@link #dynamics(boolean) dynamics(true)}. */
    StepIntegrator strictRkf45() {
        dynamics(true);
        return strictRkf45;
    }

    /** The scalar integrator for the option {@code integrator} (rkf45_simd falls back to rkf45). */
    StepIntegrator integrator(String integrator) {
        if (!HhParameters.DORMAND_PRINCE.equals(integrator)) {
            return rkf45;
        }
        if (dormandPrince == null) {
            dormandPrince = new DormandPrinceIntegrator(dynamics);
        }
        return dormandPrince;
    }
}
