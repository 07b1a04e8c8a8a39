package org.syncytium.plugins.stepcurrent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeDeviceClock;
import org.syncytium.testkit.FakeStimulusOutput;

class StepCurrentStimulusTest {

    private static StepCurrentStimulus steps(List<Double> times, List<Double> values) {
        StepCurrentStimulus s = (StepCurrentStimulus) new StepCurrentGenerator().create();
        s.set("amplitude_times", times);
        s.set("amplitude_values", values);
        return s;
    }

    /** The currents of steps [from, to) emitted in slices of {@code d} steps. */
    private static double[] run(StepCurrentStimulus s, long from, long to, int d) {
        double[] currents = new double[(int) (to - from)];
        FakeStimulusOutput out = new FakeStimulusOutput(1, d, 1);
        for (long origin = from; origin < to; origin += d) {
            out.clear();
            s.emit(origin, 0, d, out);
            for (int l = 0; l < d; l++) {
                currents[(int) (origin - from + l)] = out.currentAt(0, l);
            }
        }
        return currents;
    }

    @Test
    void describesItself() {
        StepCurrentGenerator model = new StepCurrentGenerator();
        assertEquals("step_current_generator", model.name());
        assertEquals(StimulusKind.CURRENT, model.kind());
        assertEquals(List.of(), model.parameters().defaults().get("amplitude_times"));
    }

    @Test
    void eachLevelIsSentFromTheStepBeforeItsTime() {
        // h = 0.1 ms: a change at 0.3 ms is sent at step 2 (stamped 0.3 ms), as NEST's current generators
        StepCurrentStimulus s = steps(List.of(0.3, 0.5, 0.6), List.of(100.0, -50.0, 0.0));
        s.prepare(0.1);
        assertArrayEquals(new double[] {0, 0, 100, 100, -50, 0, 0, 0}, run(s, 0, 8, 2));
    }

    @Test
    void theLevelLastsAcrossRunsAndSlicesOfAnyLength() {
        StepCurrentStimulus s = steps(List.of(0.2, 0.9), List.of(5.0, 7.0));
        s.prepare(0.1);
        double[] first = run(s, 0, 5, 5);
        s.prepare(0.1);
        double[] second = run(s, 5, 12, 1);
        assertArrayEquals(new double[] {0, 5, 5, 5, 5}, first);
        assertArrayEquals(new double[] {5, 5, 5, 7, 7, 7, 7}, second);
    }

    @Test
    void offgridTimesMoveToTheEndOfTheirStepWhenAllowed() {
        StepCurrentStimulus s = steps(List.of(0.25), List.of(1.0));
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> s.prepare(0.1));
        assertTrue(e.getMessage().contains("amplitude_times") && e.getMessage().contains("0.25"), e.getMessage());
        s.set("allow_offgrid_times", true);
        s.prepare(0.1);
        assertArrayEquals(new double[] {0, 0, 1, 1}, run(s, 0, 4, 4)); // 0.25 -> 0.3 ms, sent at step 2
        assertEquals(List.of(0.3), s.get("amplitude_times"), "read back as the time of its step");
    }

    @Test
    void refusesListsThatDoNotFit() {
        StepCurrentStimulus lengths = steps(List.of(1.0, 2.0), List.of(1.0));
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> lengths.prepare(0.1));
        assertTrue(e.getMessage().contains("amplitude_values"), e.getMessage());
        assertThrows(BadPropertyException.class, () -> steps(List.of(0.0), List.of(1.0)).prepare(0.1));
        assertThrows(BadPropertyException.class, () -> steps(List.of(2.0, 2.0), List.of(1.0, 2.0)).prepare(0.1));
        assertThrows(BadPropertyException.class, () -> steps(List.of(2.0, 1.0), List.of(1.0, 2.0)).prepare(0.1));
        StepCurrentStimulus s = steps(List.of(1.0), List.of(1.0));
        assertThrows(BadPropertyException.class, () -> s.set("amplitude_values", List.of(Double.NaN)));
        assertEquals(List.of(1.0), s.get("amplitude_values"));
    }

    @Test
    void timesAreRoundedToTheKernelsTicsAsInNest() {
        // NEST's issue 740: with 1024 tics per ms a resolution of 2^-5 ms holds 1.0 and 1.0625 ms exactly;
        // with 1000 tics that resolution is 31 tics, and 1.0 ms (1000 tics) is off its grid
        List<Double> times = List.of(1.0, 1.0625);
        StepCurrentStimulus s = steps(times, List.of(10.0, -20.0));
        s.prepare(0.03125, 1024.0);
        assertEquals(times, s.get("amplitude_times"));
        BadPropertyException off = assertThrows(BadPropertyException.class,
                () -> steps(times, List.of(1.0, 2.0)).prepare(0.03125));
        assertTrue(off.getMessage().contains("not representable on the grid"), off.getMessage());
        // at 3 / 1024 ms two of NEST's times fall on one step once moved to the end of their steps
        StepCurrentStimulus same = steps(List.of(1.0, 1.0625, 1.125, 1.1875, 1.25, 2.0, 2.5),
                List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0));
        same.set("allow_offgrid_times", true);
        same.prepare(3.0 / 1024, 1024.0);
        StepCurrentStimulus coarse = steps(List.of(1.0625, 1.125), List.of(1.0, 2.0)); // both end step 9 of 0.125 ms
        coarse.set("allow_offgrid_times", true);
        BadPropertyException merged = assertThrows(BadPropertyException.class, () -> coarse.prepare(0.125, 1024.0));
        assertTrue(merged.getMessage().contains("increasing"), merged.getMessage());
    }

    @Test
    void aDictionaryIsCheckedWhenItIsSetAsNestChecksIt() {
        StepCurrentStimulus s = (StepCurrentStimulus) new StepCurrentGenerator().create();
        s.attach(FakeDeviceClock.at(0.1, 0));
        // times and values together, of one length, strictly increasing on the grid, off-grid refused at once
        assertThrows(BadPropertyException.class, () -> s.set(Map.of("amplitude_times", List.of(1.0, 2.0))));
        assertThrows(BadPropertyException.class, () -> s.set(Map.of("amplitude_values", List.of(1.0, 2.0))));
        assertThrows(BadPropertyException.class,
                () -> s.set(Map.of("amplitude_times", List.of(1.0, 2.0), "amplitude_values", List.of(1.0, 2.0, 3.0))));
        assertThrows(BadPropertyException.class,
                () -> s.set(Map.of("amplitude_times", List.of(1.0, 2.0, 2.0), "amplitude_values", List.of(1.0, 2.0, 3.0))));
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> s.set(Map.of("amplitude_times", List.of(1.05), "amplitude_values", List.of(1.0))));
        assertTrue(e.getMessage().contains("1.05"), e.getMessage());
        assertEquals(List.of(), s.get("amplitude_times"), "a refused dictionary changes nothing");
        s.set(Map.of("amplitude_times", List.of(1.0, 2.9999), "amplitude_values", List.of(1.0, 2.0)));
        assertEquals(List.of(1.0, 3.0), s.get("amplitude_times"), "placed through tics, as NEST reads them back");
        // the flag only with new times, once times are set
        assertThrows(BadPropertyException.class, () -> s.set(Map.of("allow_offgrid_times", true)));
        s.set(Map.of("allow_offgrid_times", true, "amplitude_times", List.of(1.05), "amplitude_values", List.of(4.0)));
        assertEquals(List.of(1.1), s.get("amplitude_times"));
    }
}
