package org.syncytium.launcher.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SpikeTrainStatisticsTest {

    @Test
    void regularSynchronousVolleys() {
        // 10 neurons all firing every 25 ms from 5 ms on, for 500 ms
        List<long[]> spikes = new ArrayList<>();
        for (double t = 5; t <= 500; t += 25) {
            for (long id = 1; id <= 10; id++) {
                spikes.add(new long[] {id, Double.doubleToLongBits(t)});
            }
        }
        SpikeTrainStatistics s = of(spikes, 12, 500, 100);
        assertEquals(1000.0 * 200 / 500 / 12, s.get("rate_hz"), 1e-12);
        assertEquals(2.0, s.get("silent_neurons"));
        assertEquals(0.0, s.get("isi_cv"), 1e-12);
        assertEquals(25.0, s.get("period_ms"));
        // counts: 16 bins of 10 spikes in 400 bins -> mean 0.4, variance 16*100/400 - 0.16 = 3.84
        assertEquals(3.84 / 0.4, s.get("fano"), 1e-9);
        assertEquals(1000.0 * 160 / 400 / 12, s.get("rate_window_hz"), 1e-12);
    }

    @Test
    void poissonTrainsHaveFanoAndCvNearOne() {
        Random random = new Random(11);
        List<long[]> spikes = new ArrayList<>();
        int neurons = 200;
        for (long id = 1; id <= neurons; id++) {
            double t = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) * 100.0; // 10 Hz
                if (t > 2000) {
                    break;
                }
                spikes.add(new long[] {id, Double.doubleToLongBits(t)});
            }
        }
        SpikeTrainStatistics s = of(spikes, neurons, 2000, 100);
        assertEquals(10.0, s.get("rate_hz"), 0.5);
        assertEquals(1.0, s.get("fano"), 0.15);
        assertEquals(1.0, s.get("isi_cv"), 0.1);
        assertEquals(0.0, s.get("silent_neurons"));
    }

    /**
     * Every statistic but rate_hz sees only spikes in (start, end]: neuron 3 fires only in the
     * initial burst and so counts as silent; neuron 1's burst spikes do not enter its ISI CV.
     * Expected values are computed here from the written-out definitions, not by the class.
     */
    @Test
    void statisticsUseOnlyTheWindow() {
        // neuron 1: 10, 20 (burst, outside) then 110, 130, 160, 200; neuron 2: 150, 180, 190; neuron 3: 5, 50
        long[] senders = {1, 1, 3, 3, 1, 1, 2, 1, 2, 2, 1};
        double[] times = {10, 20, 5, 50, 110, 130, 150, 160, 180, 190, 200};
        SpikeTrainStatistics s = SpikeTrainStatistics.of(senders, times, 1, 4, 200.5, 100.0);
        // window: (100, 100 + floor(100.5 / 1) * 1] = (100, 200]
        assertEquals(100.0, s.window()[0]);
        assertEquals(200.0, s.window()[1]);
        assertEquals(1000.0 * 11 / 200.5 / 4, s.get("rate_hz"), 1e-12);
        assertEquals(1000.0 * 7 / 100.0 / 4, s.get("rate_window_hz"), 1e-12);
        assertEquals(2.0, s.get("silent_neurons")); // neurons 3 and 4
        // ISI CV = population sd / mean of each neuron's ISIs, averaged over neurons with >= 3 spikes
        double cv1 = cv(20, 30, 40);
        double cv2 = cv(30, 10);
        assertEquals((cv1 + cv2) / 2, s.get("isi_cv"), 1e-12);
        // Fano: 100 bins of 1 ms, 7 of them hold one spike: mean 0.07, variance 0.07 - 0.07^2
        double mean = 7 / 100.0;
        assertEquals((mean - mean * mean) / mean, s.get("fano"), 1e-12);
    }

    private static double cv(double... isis) {
        double mean = 0;
        for (double isi : isis) {
            mean += isi / isis.length;
        }
        double variance = 0;
        for (double isi : isis) {
            variance += (isi - mean) * (isi - mean) / isis.length;
        }
        return Math.sqrt(variance) / mean;
    }

    @Test
    void noSpikesGivesUndefinedMeasures() {
        SpikeTrainStatistics s = SpikeTrainStatistics.of(new long[0], new double[0], 1, 5, 100, 10);
        assertEquals(0.0, s.get("rate_hz"));
        assertTrue(Double.isNaN(s.get("fano")));
        assertTrue(Double.isNaN(s.get("isi_cv")));
        assertEquals(5.0, s.get("silent_neurons"));
    }

    private static SpikeTrainStatistics of(List<long[]> spikes, int neurons, double simtime, double start) {
        long[] senders = new long[spikes.size()];
        double[] times = new double[spikes.size()];
        for (int k = 0; k < spikes.size(); k++) {
            senders[k] = spikes.get(k)[0];
            times[k] = Double.longBitsToDouble(spikes.get(k)[1]);
        }
        return SpikeTrainStatistics.of(senders, times, 1, neurons, simtime, start);
    }
}
