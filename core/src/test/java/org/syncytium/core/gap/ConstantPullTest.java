package org.syncytium.core.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.syncytium.core.connect.GapTable;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.plan.WaveformSlots;

/**
 * The constant pull after a final pass ({@link GapExchange#exchangeConstant}, every step without
 * WFR) gives, bit for bit, the plain sum {@code sum = sum + g · V(partner)} from 0.0 in row order
 * (rounded product, rounded sum, never fused), with V read where one process gathered it or where
 * several received it; and it gives what the full pull gives for constant waveforms.
 */
class ConstantPullTest {
    private static final int[] SIZES = {37, 6, 29, 1};
    private static final boolean[] GAP_POPULATION = {true, false, true, true};

    @Test
    void randomTablesGiveThePlainSumBitForBit() {
        Random random = new Random(17);
        for (int round = 0; round < 12; round++) {
            Layout layout = new Layout(random);
            int[][] strides = {{1, 0}, {20, 0}, {20, 1}, {20, 3}, {3, 3}};
            for (int[] shape : strides) {
                for (int ranks : new int[] {1, 2, 3}) {
                    check(layout, random, shape[0], shape[1], ranks);
                }
            }
        }
    }

    /** One conductance for every connection (the pull then multiplies by it, not by each g): the same bits. */
    @Test
    void uniformTablesGiveThePlainSumBitForBit() {
        Random random = new Random(31);
        for (double g : new double[] {0.3, 2.5e-3, -1.7}) {
            Layout layout = new Layout(random, g);
            assertEquals(Double.doubleToRawLongBits(g), Double.doubleToRawLongBits(layout.gaps.uniformConductance()));
            for (int ranks : new int[] {1, 2, 3}) {
                check(layout, random, 1, 0, ranks);
                check(layout, random, 20, 3, ranks);
            }
        }
        assertTrue(Double.isNaN(new Layout(random).gaps.uniformConductance()), "mixed conductances are not uniform");
        GapTable table = new GapTable();
        table.add(0, 1, 0.3);
        table.compile(2);
        assertEquals(0.3, table.uniformConductance());
        table.add(1, 0, 0.30000000000000004);
        table.compile(2);
        assertTrue(Double.isNaN(table.uniformConductance()), "a later connection with another g ends it");
    }

    /**
     * A row whose sum depends on the order of its additions and on whether products are fused: the
     * pull must give the in-order, unfused bits (so the comparison above could fail).
     */
    @Test
    void orderAndRoundingOfARowAreKept() {
        // target 0: 1·1 + 1·1e16 + 1·(-1e16): 1 is lost against 1e16 in this order only
        // target 1: 1·(-0.3) + 0.1·3: the product 0.1·3 rounds to 0.30000000000000004 first
        // target 2: no connection; target 3: one, with V = -0.0 (0.0 + -0.0 = +0.0)
        double[] v = {1.0, 1e16, -1e16, -0.3, 3.0, -0.0};
        int neurons = v.length;
        GapTable gaps = table(neurons, new double[][] {{0, 0, 1.0}, {0, 1, 1.0}, {0, 2, 1.0}, {1, 3, 1.0}, {1, 4, 0.1},
            {3, 5, 2.0}});
        PopulationBuffers[] buffers = {new PopulationBuffers(neurons, 1, 0, true)};
        GapExchange exchange = onePopulation(gaps, buffers, 1);
        System.arraycopy(v, 0, buffers[0].gapOutNext(), 0, neurons);
        exchange.gatherConstants(0, 0, 0, neurons);
        exchange.publishConstants();
        exchange.exchangeConstant(0, 0, 0, neurons);
        double[] c = buffers[0].gapIn();

        assertEquals(0.0, c[0]);
        assertNotEquals(0.0, (1e16 + -1e16) + 1.0, "another order keeps the 1");
        double inOrder = -0.3 + 0.1 * 3.0;
        assertEquals(5.551115123125783e-17, inOrder);
        assertEquals(inOrder, c[1]);
        assertNotEquals(inOrder, Math.fma(0.1, 3.0, -0.3), "a fused multiply-add gives other bits");
        assertEquals(0L, Double.doubleToRawLongBits(c[2]), "an empty row sums to +0.0");
        assertEquals(0L, Double.doubleToRawLongBits(c[3]), "0.0 + 2·(-0.0) is +0.0");
        assertEquals(3.0, buffers[0].gapConductance()[0]);
        assertEquals(1.1, buffers[0].gapConductance()[1]);
    }

    /** For constant waveforms (V in coefficient 0 of every step) the constant pull is the full pull. */
    /**
     * Each worker pulls from its own copy of the gathered V, taken at its first pull after a
     * publication: after the next gather and publication every worker sees the new V, and a worker
     * that did not pull in between is not left with stale ones.
     */
    @Test
    void eachWorkersCopyFollowsEveryPublication() {
        int neurons = 4;
        GapTable gaps = table(neurons, new double[][] {{0, 2, 1.0}, {1, 3, 1.0}, {2, 0, 1.0}, {3, 1, 1.0}});
        PopulationBuffers[] buffers = {new PopulationBuffers(neurons, 1, 0, true)};
        GapExchange exchange = onePopulation(gaps, buffers, 2);
        double[] c = buffers[0].gapIn();
        for (int round = 1; round <= 3; round++) {
            double[] v = {round, 10.0 * round, 100.0 * round, 1000.0 * round};
            System.arraycopy(v, 0, buffers[0].gapOutNext(), 0, neurons);
            exchange.gatherConstants(0, 0, 0, 2); // worker 0's neurons
            exchange.gatherConstants(0, 0, 2, 4); // worker 1's
            exchange.publishConstants();
            exchange.exchangeConstant(0, 0, 0, 0, 2);
            if (round != 2) { // worker 1 skips a pull: its next must still read the latest V
                exchange.exchangeConstant(1, 0, 0, 2, 4);
                assertEquals(v[0], c[2], "round " + round);
                assertEquals(v[1], c[3], "round " + round);
            }
            assertEquals(v[2], c[0], "round " + round);
            assertEquals(v[3], c[1], "round " + round);
        }
    }

    @Test
    void theConstantPullIsTheFullPullOfConstantWaveforms() {
        Random random = new Random(23);
        for (int round = 0; round < 6; round++) {
            Layout layout = new Layout(random);
            for (int order : new int[] {0, 1, 3}) {
                int d = 20;
                int stride = d * (order + 1);
                PopulationBuffers[] buffers = layout.buffers(d, order);
                GapExchange exchange = new GapExchange(layout.gaps, buffers, layout.populationOf, layout.localOf, null);
                for (int p = 0; p < SIZES.length; p++) {
                    if (!GAP_POPULATION[p]) {
                        continue;
                    }
                    double[] published = buffers[p].gapOut();
                    double[] next = buffers[p].gapOutNext();
                    for (int i = 0; i < SIZES[p]; i++) {
                        double v = value(random);
                        for (int m = 0; m < stride; m++) {
                            published[i * stride + m] = m % (order + 1) == 0 ? v : 0.0;
                        }
                        next[i * stride] = v;
                    }
                    exchange.gatherConstants(p, layout.offsets[p], 0, SIZES[p]);
                }
                exchange.publishConstants();
                for (int p = 0; p < SIZES.length; p++) {
                    if (!GAP_POPULATION[p]) {
                        continue;
                    }
                    exchange.exchange(p, layout.offsets[p], 0, SIZES[p]);
                    double[] full = buffers[p].gapIn().clone();
                    Arrays.fill(buffers[p].gapIn(), Double.NaN);
                    exchange.exchangeConstant(p, layout.offsets[p], 0, SIZES[p]);
                    for (int j = 0; j < full.length; j++) {
                        if (Double.doubleToRawLongBits(full[j]) != Double.doubleToRawLongBits(buffers[p].gapIn()[j])) {
                            fail("order " + order + ", population " + p + ", neuron " + j / stride + ", coefficient "
                                    + j % stride + ": " + buffers[p].gapIn()[j] + " instead of " + full[j]);
                        }
                    }
                }
            }
        }
    }

    /**
     * One pull, as the workers run it (each population cut into worker ranges), against the plain
     * sum; several processes read V from the received slots.
     */
    private static void check(Layout layout, Random random, int d, int order, int ranks) {
        int stride = d * (order + 1);
        PopulationBuffers[] buffers = layout.buffers(d, order);
        WaveformSlots slots = ranks == 1 ? null
                : new WaveformSlots(SIZES, layout.offsets, GAP_POPULATION, ranks, 0, stride);
        GapExchange exchange = new GapExchange(layout.gaps, buffers, layout.populationOf, layout.localOf, slots);
        // V at the slice end by neuron index: gathered from the pass's waveforms, or received
        double[] v = new double[layout.neurons];
        for (int n = 0; n < v.length; n++) {
            v[n] = GAP_POPULATION[layout.populationOf[n]] ? value(random) : Double.NaN;
        }
        if (slots == null) {
            for (int p = 0; p < SIZES.length; p++) {
                if (GAP_POPULATION[p]) {
                    double[] next = buffers[p].gapOutNext();
                    Arrays.fill(next, Double.NaN);
                    for (int i = 0; i < SIZES[p]; i++) {
                        next[i * stride] = v[layout.offsets[p] + i];
                    }
                    exchange.gatherConstants(p, layout.offsets[p], 0, SIZES[p]);
                }
            }
            exchange.publishConstants();
        } else {
            double[] received = slots.receivedConstant();
            Arrays.fill(received, Double.NaN);
            for (int n = 0; n < v.length; n++) {
                if (slots.slotOf(n) >= 0) {
                    received[slots.slotOf(n)] = v[n];
                }
            }
        }
        boolean orderMatters = false;
        for (int p = 0; p < SIZES.length; p++) {
            if (!GAP_POPULATION[p]) {
                continue;
            }
            Arrays.fill(buffers[p].gapIn(), Double.NaN);
            Arrays.fill(buffers[p].gapConductance(), Double.NaN);
            // worker ranges of the population, some empty
            int cut = random.nextInt(SIZES[p] + 1);
            exchange.exchangeConstant(p, layout.offsets[p], 0, cut);
            exchange.exchangeConstant(p, layout.offsets[p], cut, cut);
            exchange.exchangeConstant(p, layout.offsets[p], cut, SIZES[p]);
            for (int i = 0; i < SIZES[p]; i++) {
                int t = layout.offsets[p] + i;
                double sum = 0.0;
                double reversed = 0.0;
                for (int k = layout.gaps.rowStart(t); k < layout.gaps.rowStart(t + 1); k++) {
                    sum = sum + layout.gaps.conductance(k) * v[layout.gaps.partner(k)];
                }
                for (int k = layout.gaps.rowStart(t + 1) - 1; k >= layout.gaps.rowStart(t); k--) {
                    reversed = reversed + layout.gaps.conductance(k) * v[layout.gaps.partner(k)];
                }
                orderMatters |= Double.doubleToRawLongBits(sum) != Double.doubleToRawLongBits(reversed);
                String where = ranks + " process(es), D " + d + ", order " + order + ", population " + p + ", neuron "
                        + i;
                assertEquals(layout.gaps.conductanceSum(t), buffers[p].gapConductance()[i], where);
                for (int m = 0; m < stride; m++) {
                    double expected = m % (order + 1) == 0 ? sum : 0.0;
                    double got = buffers[p].gapIn()[i * stride + m];
                    if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(got)) {
                        fail(where + ", coefficient " + m + ": " + got + " instead of " + expected);
                    }
                }
            }
        }
        assertTrue(orderMatters, "the values make some sum depend on the order of its additions");
    }

    /** Voltages over many magnitudes, with exact and negative zeros. */
    private static double value(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> random.nextGaussian() * 1e-9;
            case 3 -> random.nextGaussian() * 1e12;
            default -> -65.0 + random.nextGaussian() * 20.0;
        };
    }

    /** Populations of {@link #SIZES}, gap-coupled per {@link #GAP_POPULATION}, with a random gap table. */
    private static final class Layout {
        final int neurons;
        final int[] offsets = new int[SIZES.length];
        final int[] populationOf;
        final int[] localOf;
        final GapTable gaps = new GapTable();

        Layout(Random random) {
            this(random, Double.NaN);
        }

        /** With {@code uniform} not NaN every connection has that conductance. */
        Layout(Random random, double uniform) {
            int n = 0;
            for (int p = 0; p < SIZES.length; p++) {
                offsets[p] = n;
                n += SIZES[p];
            }
            neurons = n;
            populationOf = new int[n];
            localOf = new int[n];
            for (int p = 0; p < SIZES.length; p++) {
                for (int i = 0; i < SIZES[p]; i++) {
                    populationOf[offsets[p] + i] = p;
                    localOf[offsets[p] + i] = i;
                }
            }
            // rows of length 0, 1 and uneven lengths up to 90 (duplicates and self pairs included),
            // added in shuffled target order so rows are built from interleaved creations
            int[] length = new int[n];
            int total = 0;
            for (int t = 0; t < n; t++) {
                if (GAP_POPULATION[populationOf[t]]) {
                    int kind = random.nextInt(6);
                    length[t] = kind == 0 ? 0 : kind == 1 ? 1 : random.nextInt(91);
                    total += length[t];
                }
            }
            int[] targets = new int[total];
            int at = 0;
            for (int t = 0; t < n; t++) {
                for (int k = 0; k < length[t]; k++) {
                    targets[at++] = t;
                }
            }
            for (int j = total - 1; j > 0; j--) {
                int swap = random.nextInt(j + 1);
                int keep = targets[j];
                targets[j] = targets[swap];
                targets[swap] = keep;
            }
            for (int target : targets) {
                int partner;
                do {
                    partner = random.nextInt(n);
                } while (!GAP_POPULATION[populationOf[partner]]);
                double g = uniform == uniform ? uniform : switch (random.nextInt(6)) {
                    case 0 -> 0.0;
                    case 1 -> -random.nextDouble();
                    default -> 0.3 * (1 + random.nextDouble());
                };
                gaps.add(target, partner, g);
            }
            gaps.compile(n);
        }

        PopulationBuffers[] buffers(int d, int order) {
            PopulationBuffers[] buffers = new PopulationBuffers[SIZES.length];
            for (int p = 0; p < SIZES.length; p++) {
                buffers[p] = new PopulationBuffers(SIZES[p], d, order, GAP_POPULATION[p]);
            }
            return buffers;
        }
    }

    /** A compiled table of {target, partner, conductance} rows, in that order. */
    /**
     * A run from time 0 pulls before any publication: over no connections, so S = 0 and C = +0.0
     * everywhere whatever the buffers held (a first step has no gap input, as in NEST); the next
     * publication, by gathering (one process) or received (several), brings the table back.
     */
    @Test
    void beforeTheFirstPublicationThePullGivesZeroInput() {
        int neurons = 3;
        GapTable gaps = table(neurons, new double[][] {{0, 1, 0.5}, {0, 2, 0.5}, {1, 0, 0.5}, {2, 0, 0.5}});
        PopulationBuffers[] buffers = {new PopulationBuffers(neurons, 2, 1, true)};
        GapExchange exchange = onePopulation(gaps, buffers, 1);
        double[] s = buffers[0].gapConductance();
        double[] c = buffers[0].gapIn();
        Arrays.fill(s, 7.0);
        Arrays.fill(c, -3.0);
        exchange.pullNothingUntilPublished();
        exchange.exchangeConstant(0, 0, 0, neurons);
        for (double x : s) {
            assertEquals(0L, Double.doubleToRawLongBits(x), Arrays.toString(s));
        }
        for (double x : c) {
            assertEquals(0L, Double.doubleToRawLongBits(x), Arrays.toString(c));
        }
        for (int k = 0; k < neurons; k++) {
            buffers[0].gapOutNext()[k * 4] = -60.0 - k;
        }
        exchange.gatherConstants(0, 0, 0, neurons);
        exchange.publishConstants();
        exchange.exchangeConstant(0, 0, 0, neurons);
        assertEquals(1.0, s[0]);
        assertEquals(0.5 * -61.0 + 0.5 * -62.0, c[0]);
        assertEquals(0.5 * -60.0, c[1 * 4]);
        // several processes publish by receiving: constantsPublished() ends the empty pulls too
        exchange.pullNothingUntilPublished();
        exchange.exchangeConstant(0, 0, 0, neurons);
        assertEquals(0.0, s[0]);
        exchange.constantsPublished();
        exchange.exchangeConstant(0, 0, 0, neurons);
        assertEquals(1.0, s[0]);
    }

    private static GapTable table(int neurons, double[][] rows) {
        GapTable gaps = new GapTable();
        for (double[] row : rows) {
            gaps.add((int) row[0], (int) row[1], row[2]);
        }
        gaps.compile(neurons);
        return gaps;
    }

    /** The exchange of one process and one population (its neurons' indices are their own), for {@code workers}. */
    private static GapExchange onePopulation(GapTable gaps, PopulationBuffers[] buffers, int workers) {
        int neurons = buffers[0].size();
        int[] localOf = new int[neurons];
        for (int n = 0; n < neurons; n++) {
            localOf[n] = n;
        }
        return new GapExchange(gaps, buffers, new int[neurons], localOf, null, workers);
    }
}
