package org.syncytium.validation;

/**
 * Diagnosis aid: where a kernel trace first leaves the {@link IndependentModel}'s trace, printed
 * next to NEST's value, so that a failing comparison says at which step (and so in which part of
 * a slice: first step, a slice boundary, a trial pass, a spike) the kernel goes wrong.
 */
final class SideBySide {

    private SideBySide() {
    }

    /**
     * Prints the largest |kernel - independent| over steps 1..last and the first {@code rows} steps
     * from the first one that differs by more than {@code threshold} mV.
     *
     * @param column reference column to print alongside (may be null)
     * @return the largest difference in mV
     */
    static double report(String what, Trace kernel, IndependentModel model, int neuron, long last,
            ReferenceTable table, String column, double threshold, int rows) {
        double max = 0;
        long first = -1;
        for (long step = 1; step <= last && step <= model.steps(); step++) {
            Double actual = kernel.at(step);
            if (actual == null) {
                continue;
            }
            double delta = Math.abs(actual - model.v(neuron, step));
            max = Math.max(max, delta);
            if (first < 0 && delta > threshold) {
                first = step;
            }
        }
        System.out.printf("[validation] %s: kernel vs independent re-implementation max |dV| = %.3g mV%s%n", what,
                max, first < 0 ? "" : ", first above " + threshold + " at step " + first);
        if (first > 0) {
            System.out.println("    step        kernel   independent     reference");
            for (long step = Math.max(1, first - 2); step < first + rows && step <= model.steps(); step++) {
                double reference = Double.NaN;
                if (table != null && column != null && step - 1 < table.size()) {
                    reference = table.get((int) step - 1, column);
                }
                System.out.printf("    %4d %13.8f %13.8f %13.6f%n", step, kernel.at(step) == null ? Double.NaN
                        : kernel.at(step), model.v(neuron, step), reference);
            }
        }
        return max;
    }
}
