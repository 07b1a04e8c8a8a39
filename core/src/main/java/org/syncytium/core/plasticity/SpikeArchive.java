package org.syncytium.core.plasticity;

import java.util.Arrays;
import org.syncytium.api.synapse.SpikeHistory;

/**
 * The spike history of every neuron that receives plastic connections, with NEST's archiving-node
 * rules: each spike's time (ms) and the trace K− after it (K− ← K− e^(−Δt/τ−) + 1); a spike is
 * forgotten once every plastic connection into the neuron has read it and a later spike lies more
 * than the longest such delay plus min_delay before the newest one. Neurons are kernel-wide neuron
 * indices; a neuron's history is a ring buffer that only grows, so steady state allocates nothing.
 * Used by one thread (spike routing) at a time.
 */
@jakarta.inject.Singleton
public final class SpikeArchive {
    /** NEST's {@code stdp_eps}: times closer than this are equal (ms). */
    static final double EPS = 1.0e-6;

    private double[] tauMinus = new double[0];
    /** 1 / tau_minus: NEST multiplies by the inverse, which can differ from dividing in the last bit. */
    private double[] tauMinusInverse = new double[0];
    private double[] kMinus = new double[0];
    private double[] lastSpike = new double[0];
    private int[] incoming = new int[0];
    private double[] maxDelay = new double[0];
    /** Per neuron, null until it has plastic input and spikes: times, traces and read counts as rings. */
    private double[][] times = new double[0][];
    private double[][] traces = new double[0][];
    private int[][] reads = new int[0][];
    private int[] head = new int[0];
    private int[] count = new int[0];
    /**
     * The newest kept spike's time and trace per neuron, beside the rings: most reads need only it
     * (a window that ends before it, or the trace strictly after it), and flat arrays spare the
     * rings' cache misses on a read per connection and spike.
     */
    private double[] newestTime = new double[0];
    private double[] newestTrace = new double[0];
    private final View view = new View();

    /** Makes room for neurons {@code 0 .. neurons-1} and more (new ones with NEST's defaults), doubling. */
    public void ensure(int needed) {
        int old = tauMinus.length;
        if (needed <= old) {
            return;
        }
        int neurons = Math.max(needed, 2 * old);
        tauMinus = Arrays.copyOf(tauMinus, neurons);
        Arrays.fill(tauMinus, old, neurons, SpikeHistory.DEFAULT_TAU_MINUS);
        tauMinusInverse = Arrays.copyOf(tauMinusInverse, neurons);
        Arrays.fill(tauMinusInverse, old, neurons, 1.0 / SpikeHistory.DEFAULT_TAU_MINUS);
        kMinus = Arrays.copyOf(kMinus, neurons);
        lastSpike = Arrays.copyOf(lastSpike, neurons);
        Arrays.fill(lastSpike, old, neurons, -1.0); // NEST's "not yet spiked"
        incoming = Arrays.copyOf(incoming, neurons);
        maxDelay = Arrays.copyOf(maxDelay, neurons);
        times = Arrays.copyOf(times, neurons);
        traces = Arrays.copyOf(traces, neurons);
        reads = Arrays.copyOf(reads, neurons);
        head = Arrays.copyOf(head, neurons);
        count = Arrays.copyOf(count, neurons);
        newestTime = Arrays.copyOf(newestTime, neurons);
        newestTrace = Arrays.copyOf(newestTrace, neurons);
    }

    /** The trace's time constant of {@code neuron} in ms. */
    public double tauMinus(int neuron) {
        ensure(neuron + 1);
        return tauMinus[neuron];
    }

    /** Sets it; the caller checked that it is positive. */
    public void setTauMinus(int neuron, double ms) {
        ensure(neuron + 1);
        tauMinus[neuron] = ms;
        tauMinusInverse[neuron] = 1.0 / ms;
    }

    /** True once any plastic connection reaches {@code neuron}. */
    public boolean hasInput(int neuron) {
        return neuron < incoming.length && incoming[neuron] > 0;
    }

    /**
     * A plastic connection into {@code neuron} with delay {@code delay} (ms) that first reads spikes
     * after {@code firstRead} (ms): spikes up to then count as read by it, since it never will.
     */
    public void register(int neuron, double firstRead, double delay) {
        ensure(neuron + 1);
        for (int i = 0; i < count[neuron]; i++) {
            int at = slot(neuron, i);
            if (firstRead - times[neuron][at] > -EPS) {
                reads[neuron][at]++;
            } else {
                break;
            }
        }
        incoming[neuron]++;
        maxDelay[neuron] = Math.max(maxDelay[neuron], delay);
    }

    /**
     * {@code neuron} spiked at {@code t} (ms): prunes what is no longer needed, updates K− and appends
     * the spike if plastic connections reach the neuron.
     *
     * @param minDelay the kernel's min_delay in ms (part of NEST's pruning bound)
     */
    public void spike(int neuron, double t, double minDelay) {
        ensure(neuron + 1);
        if (incoming[neuron] == 0) {
            lastSpike[neuron] = t;
            return;
        }
        while (count[neuron] > 1) {
            double next = times[neuron][slot(neuron, 1)];
            if (reads[neuron][head[neuron]] >= incoming[neuron] && t - next > maxDelay[neuron] + minDelay + EPS) {
                head[neuron] = slot(neuron, 1);
                count[neuron]--;
            } else {
                break;
            }
        }
        kMinus[neuron] = kMinus[neuron] * Math.exp((lastSpike[neuron] - t) * tauMinusInverse[neuron]) + 1.0;
        lastSpike[neuron] = t;
        append(neuron, t, kMinus[neuron]);
    }

    private void append(int neuron, double t, double trace) {
        if (times[neuron] == null || count[neuron] == times[neuron].length) {
            grow(neuron);
        }
        int at = slot(neuron, count[neuron]);
        times[neuron][at] = t;
        traces[neuron][at] = trace;
        reads[neuron][at] = 0;
        count[neuron]++;
        newestTime[neuron] = t;
        newestTrace[neuron] = trace;
    }

    /** Doubles a neuron's ring, unrolled so that its oldest entry is at 0. */
    private void grow(int neuron) {
        int n = count[neuron];
        int capacity = times[neuron] == null ? 8 : 2 * times[neuron].length;
        double[] t = new double[capacity];
        double[] k = new double[capacity];
        int[] r = new int[capacity];
        for (int i = 0; i < n; i++) {
            int at = slot(neuron, i);
            t[i] = times[neuron][at];
            k[i] = traces[neuron][at];
            r[i] = reads[neuron][at];
        }
        times[neuron] = t;
        traces[neuron] = k;
        reads[neuron] = r;
        head[neuron] = 0;
    }

    private int slot(int neuron, int i) {
        int at = head[neuron] + i;
        int capacity = times[neuron].length;
        return at < capacity ? at : at - capacity;
    }

    /** How many spikes of {@code neuron} are kept (for tests of the pruning). */
    int kept(int neuron) {
        return neuron < count.length ? count[neuron] : 0;
    }

    /** The history of {@code neuron}, a view reused for every call: valid until the next {@code of}. */
    public SpikeHistory of(int neuron) {
        ensure(neuron + 1);
        view.neuron = neuron;
        view.selected = 0;
        return view;
    }

    private final class View implements SpikeHistory {
        int neuron;
        int first;
        int selected;

        @Override
        public int select(double t1, double t2) {
            int n = count[neuron];
            if (n == 0 || newestTime[neuron] < t1 + EPS) {
                selected = 0; // no kept spike after t1: nothing to select or count
                return 0;
            }
            int end = n; // one past the last spike with t < t2 + eps
            while (end > 0 && times[neuron][slot(neuron, end - 1)] >= t2 + EPS) {
                end--;
            }
            int begin = end;
            while (begin > 0 && times[neuron][slot(neuron, begin - 1)] >= t1 + EPS) {
                begin--;
                reads[neuron][slot(neuron, begin)]++;
            }
            first = begin;
            selected = end - begin;
            return selected;
        }

        @Override
        public double selected(int i) {
            java.util.Objects.checkIndex(i, selected);
            return times[neuron][slot(neuron, first + i)];
        }

        @Override
        public double kMinus(double t) {
            int n = count[neuron];
            if (n > 0 && t - newestTime[neuron] > EPS) {
                return newestTrace[neuron] * Math.exp((newestTime[neuron] - t) * tauMinusInverse[neuron]);
            }
            for (int i = n - 1; i >= 0; i--) {
                int at = slot(neuron, i);
                if (t - times[neuron][at] > EPS) {
                    return traces[neuron][at] * Math.exp((times[neuron][at] - t) * tauMinusInverse[neuron]);
                }
            }
            return 0.0;
        }

        @Override
        public double nearestKMinus(double t) {
            for (int i = count[neuron] - 1; i >= 0; i--) {
                double spike = times[neuron][slot(neuron, i)];
                if (t - spike > EPS) {
                    return Math.exp((spike - t) * tauMinusInverse[neuron]);
                }
            }
            return 0.0;
        }
    }
}
