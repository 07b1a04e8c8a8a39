package org.syncytium.plugins.poisson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;

class PoissonStimulusTest {

    private static final double H = 0.05;
    private static final int D = 20;

    private static PoissonStimulus generator(double rate) {
        PoissonStimulus device = (PoissonStimulus) new PoissonGenerator().create();
        device.set("rate", rate);
        device.prepare(H);
        return device;
    }

    @Test
    void describesItselfAsNest() {
        PoissonGenerator model = new PoissonGenerator();
        assertEquals("poisson_generator", model.name());
        assertEquals(StimulusKind.SPIKES, model.kind());
        Map<String, Object> defaults = model.parameters().defaults();
        assertEquals(0.0, defaults.get("rate"));
        assertEquals(Double.MAX_VALUE, defaults.get("stop")); // NEST's "never", not infinity
        assertEquals("Hz", model.parameters().find("rate").orElseThrow().unit());
    }

    @Test
    void meanPerStepIsHTimesRate() {
        assertEquals(0.025, generator(500).lambda(), 1e-15);
    }

    @Test
    void countsPerStepHaveMeanAndVarianceLambda() {
        int targets = 20;
        int slices = 1000;
        PoissonStimulus device = generator(500);
        FakeOutput out = new FakeOutput(targets, 143202461L);
        out.run(device, slices, D);
        long draws = (long) targets * (slices * D - 1); // the very first step is inactive
        double sum = 0;
        double sumSquares = 0;
        for (FakeOutput.Emission e : out.emissions) {
            sum += e.multiplicity();
            sumSquares += (double) e.multiplicity() * e.multiplicity();
        }
        double lambda = 0.025;
        double mean = sum / draws;
        double variance = sumSquares / draws - mean * mean;
        assertTrue(Math.abs(mean - lambda) < 5 * Math.sqrt(lambda / draws), "mean " + mean);
        double varianceSigma = Math.sqrt((lambda + 2 * lambda * lambda) / draws);
        assertTrue(Math.abs(variance - lambda) < 5 * varianceSigma, "variance " + variance);
        assertTrue(out.emissions.stream().anyMatch(e -> e.multiplicity() >= 2), "multiplicities occur");
    }

    @Test
    void largeMeanCountsAreStatisticallyRight() {
        PoissonStimulus device = (PoissonStimulus) new PoissonGenerator().create();
        device.set("rate", 50_000.0);
        device.prepare(0.1); // λ = 5
        FakeOutput out = new FakeOutput(10, 3);
        out.run(device, 200, 10);
        long draws = 10L * (200 * 10 - 1);
        double sum = out.emissions.stream().mapToDouble(FakeOutput.Emission::multiplicity).sum();
        double sumSquares = out.emissions.stream().mapToDouble(e -> (double) e.multiplicity() * e.multiplicity()).sum();
        double mean = sum / draws;
        double variance = sumSquares / draws - mean * mean;
        assertTrue(Math.abs(mean - 5) < 5 * Math.sqrt(5.0 / draws), "mean " + mean);
        assertTrue(Math.abs(variance - 5) < 5 * Math.sqrt((5 + 2 * 25.0) / draws), "variance " + variance);
    }

    @Test
    void nothingInTheVeryFirstStep() {
        PoissonStimulus device = generator(2_000_000); // λ = 100: a step without spikes has p = e^-100
        FakeOutput out = new FakeOutput(3, 1);
        out.run(device, 1, D);
        TreeSet<Long> steps = new TreeSet<>();
        out.emissions.forEach(e -> steps.add(e.step()));
        assertEquals(1L, steps.first());
        assertEquals(D - 1, steps.size());
        assertEquals(3 * (D - 1), out.emissions.size());
    }

    @Test
    void activeOnlyInsideStartStopShiftedByOrigin() {
        PoissonStimulus device = (PoissonStimulus) new PoissonGenerator().create();
        device.set("rate", 2_000_000.0);
        device.set("start", 1.0);
        device.set("stop", 2.0);
        device.set("origin", 0.5);
        device.prepare(H); // tMin = 30, tMax = 50: active steps 31..50, stamps 32..51
        FakeOutput out = new FakeOutput(2, 5);
        out.run(device, 5, D);
        TreeSet<Long> steps = new TreeSet<>();
        out.emissions.forEach(e -> steps.add(e.step()));
        assertEquals(31L, steps.first());
        assertEquals(50L, steps.last());
        assertEquals(20, steps.size());
    }

    @Test
    void rateCanChangeBetweenRuns() {
        PoissonStimulus device = generator(500);
        device.set("rate", 0.0);
        device.prepare(H);
        FakeOutput out = new FakeOutput(5, 1);
        out.run(device, 10, D);
        assertEquals(0, out.emissions.size());
        device.set("rate", 1000.0);
        device.prepare(H);
        assertEquals(0.05, device.lambda(), 1e-15);
    }

    @Test
    void sameStreamsGiveTheSameTrains() {
        FakeOutput a = new FakeOutput(4, 9);
        FakeOutput b = new FakeOutput(4, 9);
        a.run(generator(500), 50, D);
        b.run(generator(500), 50, D);
        assertEquals(a.emissions, b.emissions);
    }

    @Test
    void rejectsBadValuesAndChangesNothing() {
        PoissonStimulus device = generator(500);
        assertThrows(BadPropertyException.class, () -> device.set("rate", -1.0));
        assertThrows(BadPropertyException.class, () -> device.set("start", Double.NaN));
        assertThrows(UnknownNameException.class, () -> device.set("rat", 1.0));
        assertEquals(500.0, device.get("rate"));
        assertEquals(0.0, device.get("start"));
        assertEquals(Double.MAX_VALUE, device.get("stop"));
        device.set("stop", Double.POSITIVE_INFINITY); // accepted, and read back as NEST shows it
        assertEquals(Double.MAX_VALUE, device.get("stop"));
    }

    @Test
    void windowIsSetKeyByKeyAndCheckedWhenPrepared() {
        PoissonStimulus device = generator(500);
        device.set("stop", 10.0);
        device.set("start", 20.0); // out of order for a moment, as a dictionary set key by key may be
        device.set("stop", 30.0);
        device.prepare(H);
        device.set("stop", 5.0);
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> device.prepare(H));
        assertTrue(e.getMessage().contains("must be >= start"), e.getMessage());
    }
}
