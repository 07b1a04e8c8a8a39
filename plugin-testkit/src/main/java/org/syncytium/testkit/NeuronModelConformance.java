package org.syncytium.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.SyncytiumException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.ParameterType;

/**
 * What every neuron model must do for the kernel, as one line in a plugin's tests:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> conformance() {
 *     return NeuronModelConformance.of(new MyModel()).tests();
 * }
 * }</pre>
 *
 * Checks: parameters have NEST units, defaults and descriptions, and a fresh population holds the
 * defaults; recordables are readable; {@code validate} changes nothing and {@code set} applies all
 * values or none; unknown names are refused; {@code update} allocates nothing in steady state,
 * touches only its range {@code [from, to)}, and gives bit-identical results however the
 * population is split among threads; for gap-junction models, trial passes leave the state as they
 * found it. The population is driven with current and spike input (pA) strong enough to make most
 * models fire.
 */
public final class NeuronModelConformance {

    /** NEST's units and their products, quotients and powers, e.g. {@code mV}, {@code nS}, {@code 1/ms}, {@code pA/ms}. */
    private static final Pattern UNIT = Pattern.compile(
            "(|1|%|(ms|s|mV|V|pA|nA|pF|nF|nS|uS|Hz|GOhm|MOhm|um|mm|mM|mol|K|pS|fF)(\\^-?\\d)?([*/](ms|s|mV|V|pA|nA|pF|nF|nS|uS|Hz|GOhm|MOhm|um|mm|mM|mol|K|pS|fF)(\\^-?\\d)?)*|1/(ms|s|mV))");

    private final NeuronModel model;
    private double resolution = 0.1;
    private int sliceSteps = 10;
    private double current = 600.0;
    private double spikeInput = 100.0;

    private NeuronModelConformance(NeuronModel model) {
        this.model = model;
    }

    /** The suite for {@code model}. */
    public static NeuronModelConformance of(NeuronModel model) {
        return new NeuronModelConformance(model);
    }

    /** Step h in ms and steps per slice D for the runs (default 0.1 ms, 10 steps). */
    public NeuronModelConformance timing(double resolutionMs, int steps) {
        this.resolution = resolutionMs;
        this.sliceSteps = steps;
        return this;
    }

    /**
     * The drive: a current in pA on every step and excitatory spike input in pA (weight ×
     * multiplicity) every fifth step (defaults 600 pA and 100 pA). Lower them for models that a
     * strong drive makes unstable.
     */
    public NeuronModelConformance drive(double currentPa, double spikeInputPa) {
        this.current = currentPa;
        this.spikeInput = spikeInputPa;
        return this;
    }

    /** The checks as JUnit 5 dynamic tests, named for what they check. */
    public Stream<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        String m = model.name() + ": ";
        tests.add(DynamicTest.dynamicTest(m + "parameters have units, defaults and descriptions", this::parametersAreDescribed));
        tests.add(DynamicTest.dynamicTest(m + "a new population holds the defaults", this::newPopulationHoldsDefaults));
        tests.add(DynamicTest.dynamicTest(m + "recordables are readable", this::recordablesAreReadable));
        tests.add(DynamicTest.dynamicTest(m + "validate changes nothing, set is all or nothing", this::validateAndSetAreAtomic));
        tests.add(DynamicTest.dynamicTest(m + "unknown names are refused", this::unknownNamesAreRefused));
        tests.add(DynamicTest.dynamicTest(m + "update allocates nothing", this::updateAllocatesNothing));
        tests.add(DynamicTest.dynamicTest(m + "update touches only its range", this::updateTouchesOnlyItsRange));
        tests.add(DynamicTest.dynamicTest(m + "thread splits give identical results", this::threadSplitsAgree));
        if (model.supportsGapJunctions()) {
            tests.add(DynamicTest.dynamicTest(m + "trial passes restore the state", this::trialPassesRestoreState));
        }
        return tests.stream();
    }

    // ---- parameters -------------------------------------------------------------------------

    private List<ParameterSpec> reals() {
        return model.parameters().specs().stream().filter(s -> s.type() == ParameterType.REAL).toList();
    }

    void parametersAreDescribed() {
        assertFalse(model.name().isBlank(), "the model has no name");
        assertFalse(model.description().isBlank(), model.name() + " has no description");
        assertFalse(reals().isEmpty(), model.name() + " lists no REAL parameter or state variable");
        for (ParameterSpec spec : model.parameters().specs()) {
            String where = model.name() + "." + spec.name();
            assertNotNull(spec.defaultValue(), where + " has no default");
            assertFalse(spec.description().isBlank(), where + " has no description");
            if (spec.type() == ParameterType.REAL) {
                assertTrue(spec.defaultValue() instanceof Double, where + ": the default of a REAL parameter is a Double");
                assertTrue(UNIT.matcher(spec.unit()).matches(), where + ": \"" + spec.unit()
                        + "\" is not a NEST unit (ms, mV, pA, pF, nS, Hz, ... or empty for dimensionless)");
            }
        }
    }

    void newPopulationHoldsDefaults() {
        Population p = model.createPopulation(3);
        assertEquals(3, p.size());
        assertTrue(p.model() == model || p.model().name().equals(model.name()), "population.model() is another model");
        for (ParameterSpec spec : reals()) {
            for (int i = 0; i < 3; i++) {
                assertEquals((Double) spec.defaultValue(), p.get(spec.name(), i), 0.0,
                        model.name() + "." + spec.name() + " of a new neuron differs from its listed default");
            }
        }
    }

    void recordablesAreReadable() {
        Population p = model.createPopulation(2);
        List<String> recordables = model.recordables();
        assertFalse(recordables.isEmpty(), model.name() + " has no recordables (a multimeter could record nothing)");
        for (int k = 0; k < recordables.size(); k++) {
            String name = recordables.get(k);
            assertEquals(k, p.recordableIndex(name), "recordableIndex(\"" + name + "\")");
            assertTrue(Double.isFinite(p.recordable(k, 1)), name + " of a new neuron is not finite");
        }
        assertEquals(-1, p.recordableIndex("no_such_recordable"));
    }

    void validateAndSetAreAtomic() {
        Population p = model.createPopulation(2);
        double[] before = state(p, 0);
        Rejected bad = findRejectedValue(p);
        assertArrayEqualBits(before, state(p, 0), "validate of a rejected value changed the neuron");

        ParameterSpec good = reals().stream().filter(s -> !s.name().equals(bad.name()))
                .filter(s -> accepts(p, s.name(), changed(s))).findFirst()
                .orElseThrow(() -> new AssertionError(model.name() + ": no parameter besides " + bad.name()
                        + " accepts a changed value, so all-or-nothing cannot be checked"));
        double newValue = changed(good);
        p.validate(0, new String[] {good.name()}, new double[] {newValue});
        assertArrayEqualBits(before, state(p, 0), "validate of an accepted value changed the neuron");
        for (String[] names : new String[][] {{good.name(), bad.name()}, {bad.name(), good.name()}}) {
            double[] values = names[0].equals(good.name()) ? new double[] {newValue, bad.value()} : new double[] {bad.value(), newValue};
            assertThrows(BadPropertyException.class, () -> p.set(0, names, values),
                    "set(" + Arrays.toString(names) + ", " + Arrays.toString(values) + ") should be refused");
            assertArrayEqualBits(before, state(p, 0), "a refused set changed " + Arrays.toString(names) + " partly");
        }
        p.set(0, new String[] {good.name()}, new double[] {newValue});
        assertEquals(newValue, p.get(good.name(), 0), 0.0, "set did not set " + good.name());
        assertArrayEqualBits(state(model.createPopulation(2), 1), state(p, 1), "set of neuron 0 changed neuron 1");
    }

    private record Rejected(String name, double value) {
    }

    private Rejected findRejectedValue(Population p) {
        for (ParameterSpec spec : reals()) {
            for (double value : new double[] {Double.NaN, -1e12, 1e12, 0.0, -1.0}) {
                try {
                    p.validate(0, new String[] {spec.name()}, new double[] {value});
                } catch (BadPropertyException e) {
                    assertTrue(e.getMessage().contains(spec.name()), "the error does not name " + spec.name() + ": " + e.getMessage());
                    return new Rejected(spec.name(), value);
                }
            }
        }
        return fail(model.name() + " accepts NaN, ±1e12, 0 and -1 for every parameter: validate checks nothing");
    }

    private boolean accepts(Population p, String name, double value) {
        try {
            p.validate(0, new String[] {name}, new double[] {value});
            return true;
        } catch (SyncytiumException e) {
            return false;
        }
    }

    private static double changed(ParameterSpec spec) {
        double d = (Double) spec.defaultValue();
        return d == 0.0 ? 1e-3 : d * 1.01;
    }

    void unknownNamesAreRefused() {
        Population p = model.createPopulation(1);
        double[] before = state(p, 0);
        String first = reals().get(0).name();
        assertThrows(SyncytiumException.class, () -> p.get("no_such_parameter", 0));
        assertThrows(SyncytiumException.class, () -> p.set(0, new String[] {first, "no_such_parameter"},
                new double[] {changed(reals().get(0)), 1.0}));
        assertArrayEqualBits(before, state(p, 0), "set with an unknown name changed the neuron");
    }

    // ---- update -----------------------------------------------------------------------------

    private FakeRunContext context(boolean gap) {
        return new FakeRunContext(resolution, sliceSteps, gap ? 3 : 0, gap);
    }

    /** A population of {@code n} neurons that differ in their initial V_m (if the model has one). */
    private Population population(int n, FakeRunContext context) {
        Population p = model.createPopulation(n);
        if (model.parameters().contains("V_m")) {
            double v = p.get("V_m", 0);
            for (int i = 0; i < n; i++) {
                p.set(i, new String[] {"V_m"}, new double[] {v + 0.5 * (i % 7)});
            }
        }
        p.prepare(context);
        return p;
    }

    private void drive(FakeSliceIO io) {
        Arrays.fill(io.currentInput(), current);
        for (int k = 0; k < io.spikeExcitatory().length; k += 5) {
            io.spikeExcitatory()[k] = spikeInput;
            // a model with receptor types takes its input there, receptor 0 being refused
            for (int r = 1; r <= io.receptors(); r++) {
                io.setReceptorInput(r, (k + r) % io.spikeExcitatory().length, spikeInput);
            }
        }
        if (io.gapConductance() != null) {
            Arrays.fill(io.gapConductance(), 0.5);
            int w = io.order() + 1;
            for (int k = 0; k < io.gapCoefficientsIn().length; k += w) {
                io.gapCoefficientsIn()[k] = 0.5 * -60.0;
            }
        }
    }

    private void slices(Population p, FakeSliceIO io, int from, int to, int count) {
        for (int s = 0; s < count; s++) {
            drive(io);
            p.update(from, to, io);
            io.nextSlice();
        }
    }

    void updateAllocatesNothing() {
        FakeRunContext context = context(false);
        Population p = population(16, context);
        FakeSliceIO io = new FakeSliceIO(16, sliceSteps, 0, 16 * sliceSteps * 1100).withReceptorsOf(model);
        for (int i = 0; i < 16; i += 3) {
            io.sample(i, true);
        }
        slices(p, io, 0, 16, 60); // warm up
        io.clearOutput();
        // The least of a few repetitions over 1,000 extra slices: a real per-slice allocation (an
        // object is at least 16 bytes) shows as >= 16,000 bytes in every one, while a one-off (JIT,
        // class initialisation in the VM's accounting, seen up to ~1.2 KB under load) stays far
        // below the 4 KB bound.
        long extra = Long.MAX_VALUE;
        for (int repetition = 0; repetition < 4 && extra >= 4096; repetition++) {
            long shortRun = allocated(() -> slices(p, io, 0, 16, 10));
            io.clearOutput();
            long longRun = allocated(() -> slices(p, io, 0, 16, 1010));
            io.clearOutput();
            extra = Math.min(extra, longRun - shortRun);
        }
        assertTrue(extra < 4096, model.name() + ": 1,000 more slices of update allocated "
                + extra + " bytes; the update must work on preallocated arrays");
    }

    private static long allocated(Runnable work) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        work.run();
        return bean.getThreadAllocatedBytes(id) - before;
    }

    void updateTouchesOnlyItsRange() {
        int n = 9;
        FakeRunContext context = context(model.supportsGapJunctions());
        Population p = population(n, context);
        Population untouched = population(n, context);
        FakeSliceIO io = FakeSliceIO.of(n, context).withReceptorsOf(model);
        double sentinel = -12345.678;
        Arrays.fill(io.gapCoefficientsOut(), sentinel);
        slices(p, io, 3, 6, 20);
        for (int i = 0; i < n; i++) {
            boolean inside = i >= 3 && i < 6;
            if (!inside) {
                assertArrayEqualBits(state(untouched, i), state(p, i), "update(3, 6) changed neuron " + i);
            } else {
                assertFalse(Arrays.equals(state(untouched, i), state(p, i)),
                        "update(3, 6) left neuron " + i + " unchanged in spite of " + current + " pA input");
            }
        }
        for (int k = 0; k < io.spikeCount(); k++) {
            int i = io.spikeNeuron(k);
            assertTrue(i >= 3 && i < 6, "update(3, 6) reported a spike of neuron " + i);
        }
        int stride = sliceSteps * (context.interpolationOrder() + 1);
        for (int k = 0; k < io.gapCoefficientsOut().length; k++) {
            int i = k / stride;
            if (i < 3 || i >= 6) {
                assertEquals(sentinel, io.gapCoefficientsOut()[k], 0.0, "update(3, 6) wrote the waveform of neuron " + i);
            }
        }
    }

    void threadSplitsAgree() throws InterruptedException {
        int n = 12;
        FakeRunContext context = context(model.supportsGapJunctions());
        Population whole = population(n, context);
        Population split = population(n, context);
        FakeSliceIO wholeIo = FakeSliceIO.of(n, context).withReceptorsOf(model);
        FakeSliceIO splitIo = FakeSliceIO.of(n, context).withReceptorsOf(model);
        int[] bounds = {0, 1, 5, 8, 12};
        for (int s = 0; s < 30; s++) {
            drive(wholeIo);
            drive(splitIo);
            whole.update(0, n, wholeIo);
            CountDownLatch done = new CountDownLatch(bounds.length - 1);
            List<Throwable> errors = new ArrayList<>();
            for (int t = 0; t + 1 < bounds.length; t++) {
                int from = bounds[t];
                int to = bounds[t + 1];
                Thread worker = new Thread(() -> {
                    try {
                        split.update(from, to, splitIo);
                    } catch (Throwable e) {
                        synchronized (errors) {
                            errors.add(e);
                        }
                    } finally {
                        done.countDown();
                    }
                });
                worker.start();
            }
            done.await();
            if (!errors.isEmpty()) {
                throw new AssertionError("update on a thread failed", errors.get(0));
            }
            wholeIo.nextSlice();
            splitIo.nextSlice();
        }
        for (int i = 0; i < n; i++) {
            assertArrayEqualBits(state(whole, i), state(split, i), "neuron " + i + " after updates split over 4 threads");
        }
        assertEquals(sortedSpikes(wholeIo), sortedSpikes(splitIo), "spikes with and without a thread split");
        assertTrue(Arrays.equals(wholeIo.gapCoefficientsOut(), splitIo.gapCoefficientsOut()), "published waveforms differ");
    }

    private static List<String> sortedSpikes(FakeSliceIO io) {
        List<String> spikes = new ArrayList<>();
        for (int k = 0; k < io.spikeCount(); k++) {
            spikes.add(io.spikeStamp(k) + ":" + io.spikeNeuron(k));
        }
        spikes.sort(null);
        return spikes;
    }

    void trialPassesRestoreState() {
        int n = 4;
        FakeRunContext context = context(true);
        Population p = population(n, context);
        FakeSliceIO io = FakeSliceIO.of(n, context).withReceptorsOf(model);
        slices(p, io, 0, n, 5);
        drive(io);
        double[][] before = new double[n][];
        for (int i = 0; i < n; i++) {
            before[i] = state(p, i);
        }
        int spikes = io.spikeCount();
        long samples = io.sampleCount();
        io.sample(1, true);
        assertFalse(p.trialUpdate(0, n, io, 1e-4), "the first trial pass of a slice cannot report convergence");
        p.trialUpdate(0, n, io, 1e-4);
        for (int i = 0; i < n; i++) {
            assertArrayEqualBits(before[i], state(p, i), "a trial pass left neuron " + i + " changed");
        }
        assertEquals(spikes, io.spikeCount(), "a trial pass reported spikes");
        assertEquals(samples, io.sampleCount(), "a trial pass sampled");
        boolean published = false;
        for (double c : io.gapCoefficientsOut()) {
            published |= c != 0.0;
        }
        assertTrue(published, "a trial pass published no waveform");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Every REAL parameter and every recordable of neuron {@code i}. */
    private double[] state(Population p, int i) {
        List<ParameterSpec> reals = reals();
        int r = model.recordables().size();
        double[] values = new double[reals.size() + r];
        for (int k = 0; k < reals.size(); k++) {
            values[k] = p.get(reals.get(k).name(), i);
        }
        for (int k = 0; k < r; k++) {
            values[reals.size() + k] = p.recordable(k, i);
        }
        return values;
    }

    private void assertArrayEqualBits(double[] expected, double[] actual, String message) {
        for (int k = 0; k < expected.length; k++) {
            if (Double.doubleToLongBits(expected[k]) != Double.doubleToLongBits(actual[k])) {
                fail(message + ": " + label(k) + " " + expected[k] + " -> " + actual[k]);
            }
        }
    }

    private String label(int k) {
        List<ParameterSpec> reals = reals();
        return k < reals.size() ? reals.get(k).name() : "recordable " + model.recordables().get(k - reals.size());
    }
}
