package org.syncytium.validation;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.syncytium.api.Simulator;

/**
 * The kernel's {@code wfr_iterations_histogram}: how many slices needed how many trial passes.
 * Read defensively (a map from count to slices, or an array indexed by count) so that the tests
 * state NEST's numbers, not the kernel's container type.
 */
final class Iterations {

    /** The kernel entry name. */
    static final String HISTOGRAM = "wfr_iterations_histogram";

    private Iterations() {
    }

    /**
     * Trial passes per slice → number of slices, without zero entries and without slices that
     * needed no trial pass (stepwise slices, slices without gap junctions): NEST's histogram only
     * counts WFR intervals.
     */
    static SortedMap<Integer, Long> histogram(Simulator simulator) {
        Object raw = simulator.getKernelStatus(HISTOGRAM);
        SortedMap<Integer, Long> histogram = new TreeMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((count, slices) -> put(histogram, Integer.parseInt(String.valueOf(count)),
                    ((Number) slices).longValue()));
        } else if (raw instanceof long[] array) {
            for (int k = 0; k < array.length; k++) {
                put(histogram, k, array[k]);
            }
        } else if (raw instanceof int[] array) {
            for (int k = 0; k < array.length; k++) {
                put(histogram, k, array[k]);
            }
        } else if (raw instanceof List<?> list) {
            for (int k = 0; k < list.size(); k++) {
                put(histogram, k, ((Number) list.get(k)).longValue());
            }
        } else {
            throw new AssertionError(HISTOGRAM + " has an unexpected type: " + raw);
        }
        return histogram;
    }

    /** A histogram from alternating (passes, slices) numbers, as the reference writes "103×3". */
    static SortedMap<Integer, Long> of(long... passesSlicesPairs) {
        SortedMap<Integer, Long> histogram = new TreeMap<>();
        for (int k = 0; k < passesSlicesPairs.length; k += 2) {
            histogram.put((int) passesSlicesPairs[k], passesSlicesPairs[k + 1]);
        }
        return histogram;
    }

    /** Mean passes per slice. */
    static double mean(SortedMap<Integer, Long> histogram) {
        double sum = 0;
        long slices = 0;
        for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
            sum += (double) entry.getKey() * entry.getValue();
            slices += entry.getValue();
        }
        return slices == 0 ? 0 : sum / slices;
    }

    private static void put(SortedMap<Integer, Long> histogram, int count, long slices) {
        if (slices != 0 && count > 0) {
            histogram.put(count, slices);
        }
    }
}
