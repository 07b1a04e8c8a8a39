package org.syncytium.launcher.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Population statistics of a spike raster, defined as in the NEST reference runs of the seed
 * network (docs/validation.md). Everything except {@code rate_hz} uses only the spikes in the
 * analysis window (start, start + bins · 1 ms], bins = floor((simtime - start) / 1 ms): the rate in
 * the window in Hz per neuron, the Fano factor of the population spike count in 1 ms bins, the
 * first autocorrelation peak of that count (the population rhythm's period), the ISI coefficient
 * of variation averaged over neurons with at least three spikes in the window, and the number of
 * neurons without a spike in the window. {@code rate_hz} is over the whole run [0, simtime].
 */
public final class SpikeTrainStatistics {

    /** Width of the bins of the population count in ms. */
    public static final double BIN_MS = 1.0;

    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private double windowStart;
    private double windowEnd;

    private SpikeTrainStatistics() {
    }

    /**
     * @param senders     node id of every spike
     * @param times       spike times in ms
     * @param firstId     lowest node id of the population
     * @param neurons     number of neurons (ids firstId .. firstId + neurons - 1)
     * @param simtime     simulated time in ms
     * @param windowStart start of the analysis window in ms (the seed network uses 100 ms to skip the
     *                    initial burst); the window ends at simtime
     */
    public static SpikeTrainStatistics of(long[] senders, double[] times, long firstId, int neurons,
            double simtime, double windowStart) {
        if (senders.length != times.length) {
            throw new IllegalArgumentException("senders and times differ in length");
        }
        SpikeTrainStatistics s = new SpikeTrainStatistics();
        int bins = (int) Math.floor((simtime - windowStart) / BIN_MS + 1e-9);
        double[] counts = new double[Math.max(bins, 0)];
        int[] perNeuron = new int[neurons];
        int inWindow = 0;
        double windowEnd = windowStart + Math.max(bins, 0) * BIN_MS;
        boolean[] windowed = new boolean[senders.length];
        for (int k = 0; k < senders.length; k++) {
            double t = times[k];
            if (t > windowStart && t <= windowEnd) {
                windowed[k] = true;
                int index = (int) (senders[k] - firstId);
                if (index >= 0 && index < neurons) {
                    perNeuron[index]++;
                }
                inWindow++;
                // bin b holds (start + b, start + b + 1]: a spike exactly on a bin edge closes the bin
                int b = (int) Math.ceil((t - windowStart) / BIN_MS) - 1;
                counts[Math.min(Math.max(b, 0), bins - 1)]++;
            }
        }
        s.metrics.put("rate_hz", 1000.0 * senders.length / simtime / neurons);
        s.metrics.put("rate_window_hz", bins > 0 ? 1000.0 * inWindow / (bins * BIN_MS) / neurons : Double.NaN);
        s.metrics.put("fano", fano(counts));
        double[] period = firstAutocorrelationPeak(counts);
        s.metrics.put("period_ms", period[0] * BIN_MS);
        s.metrics.put("period_strength", period[1]);
        s.metrics.put("isi_cv", meanIsiCv(senders, times, firstId, neurons, windowed));
        s.metrics.put("silent_neurons", (double) Arrays.stream(perNeuron).filter(c -> c == 0).count());
        s.windowStart = windowStart;
        s.windowEnd = windowEnd;
        return s;
    }

    /** The analysis window {start, end} in ms (spikes with start &lt; t &le; end count). */
    public double[] window() {
        return new double[] {windowStart, windowEnd};
    }

    /** The metrics by name, in a fixed order. */
    public Map<String, Double> metrics() {
        return Map.copyOf(metrics);
    }

    /** One metric; NaN where it is undefined (e.g. no spikes). */
    public double get(String name) {
        Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no metric " + name + "; known: " + metrics.keySet());
        }
        return value;
    }

    static double fano(double[] counts) {
        if (counts.length == 0) {
            return Double.NaN;
        }
        double mean = Arrays.stream(counts).average().orElse(0);
        if (mean == 0) {
            return Double.NaN;
        }
        double var = 0;
        for (double c : counts) {
            var += (c - mean) * (c - mean);
        }
        return var / counts.length / mean;
    }

    /**
     * The lag (in bins) of the first positive local maximum of the normalised autocorrelation after
     * its first zero crossing, and its height; {NaN, NaN} if there is none (e.g. a flat count).
     */
    static double[] firstAutocorrelationPeak(double[] counts) {
        int n = counts.length;
        double mean = Arrays.stream(counts).average().orElse(0);
        double var = 0;
        for (double c : counts) {
            var += (c - mean) * (c - mean);
        }
        if (n < 4 || var == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int maxLag = n / 2;
        double[] ac = new double[maxLag + 1];
        for (int lag = 0; lag <= maxLag; lag++) {
            double sum = 0;
            for (int t = 0; t + lag < n; t++) {
                sum += (counts[t] - mean) * (counts[t + lag] - mean);
            }
            ac[lag] = sum / var;
        }
        boolean crossedZero = false;
        for (int lag = 1; lag < maxLag; lag++) {
            if (ac[lag] <= 0) {
                crossedZero = true;
            } else if (crossedZero && ac[lag] >= ac[lag + 1] && ac[lag] > ac[lag - 1]) {
                return new double[] {lag, ac[lag]};
            }
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** Mean over neurons with at least 3 spikes among {@code use} of the ISI CV (population sd / mean). */
    static double meanIsiCv(long[] senders, double[] times, long firstId, int neurons, boolean[] use) {
        // Group spike times per neuron without assuming the input is sorted.
        int[] count = new int[neurons];
        for (int k = 0; k < senders.length; k++) {
            int index = (int) (senders[k] - firstId);
            if (use[k] && index >= 0 && index < neurons) {
                count[index]++;
            }
        }
        double[][] trains = new double[neurons][];
        for (int i = 0; i < neurons; i++) {
            trains[i] = new double[count[i]];
        }
        int[] fill = new int[neurons];
        for (int k = 0; k < senders.length; k++) {
            int index = (int) (senders[k] - firstId);
            if (use[k] && index >= 0 && index < neurons) {
                trains[index][fill[index]++] = times[k];
            }
        }
        double sum = 0;
        int used = 0;
        for (double[] train : trains) {
            if (train.length < 3) {
                continue;
            }
            Arrays.sort(train);
            int m = train.length - 1;
            double mean = (train[m] - train[0]) / m;
            double var = 0;
            for (int k = 0; k < m; k++) {
                double isi = train[k + 1] - train[k];
                var += (isi - mean) * (isi - mean);
            }
            var /= m;
            sum += Math.sqrt(var) / mean;
            used++;
        }
        return used == 0 ? Double.NaN : sum / used;
    }
}
