package org.syncytium.core.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.syncytium.core.connect.GapTable;
import org.syncytium.core.delivery.PopulationBuffers;
import org.syncytium.core.plan.WaveformSlots;

/**
 * The blocked and vectorised gap sums give, bit for bit, the plain sum partner by partner
 * ({@code c += g · out} in creation order), on random networks and waveforms whose sums are
 * sensitive to order and to fused multiply-adds (checked here too, so the comparison can fail).
 */
class GapSumTest {

    @Test
    void vectorApiIsThereInTheTestRuns() {
        assertTrue(GapSums.vectorised(), "tests run with --add-modules jdk.incubator.vector (surefire argLine)");
        assertTrue(VectorGapSum.SPECIES.length() >= 2);
    }

    @Test
    void theWarmUpGetsTheVectorSumCompiled() {
        assertNull(GapWarmup.warmUp(), "the vector sum never became fast");
    }

    /** A warm-up that runs out of budget says why, for the line a run prints before it takes the scalar sum. */
    @Test
    void aWarmUpOutOfBudgetSaysWhy() {
        String spent = GapWarmup.warmUp(1);
        assertTrue(spent != null && spent.contains("did not run compiled within 0.0 s") && spent.contains("-Xint"),
                "a budget of 1 ns: " + spent);
    }

    @Test
    void bothSumsEqualThePlainSumForManyStridesAndRows() {
        Random random = new Random(11);
        // strides: D·(K+1) of the usual layouts, and odd ones that leave vector and scalar tails
        int[] strides = {80, 40, 160, 4, 2, 1, 3, 7, 12, 17, 24, 81, 95, 120, 200};
        for (int stride : strides) {
            for (int round = 0; round < 3; round++) {
                Network net = Network.random(random, 1 + random.nextInt(40), 2 + random.nextInt(3), stride, 90);
                double[] plain = net.plain();
                check(net, plain, net.run(new ScalarGapSum(net.gaps, net.sources, net.populationOf, net.rowOf)),
                        "scalar, stride " + stride);
                check(net, plain, net.run(new VectorGapSum(net.gaps, net.sources, net.populationOf, net.rowOf, net.single())),
                        "vector, stride " + stride);
            }
        }
    }

    @Test
    void theComparisonSeesOrderAndFusedMultiplyAdds() {
        Network net = Network.random(new Random(5), 30, 2, 80, 90);
        double[] plain = net.plain();
        assertTrue(differs(plain, net.reversed()), "a reversed partner order changes some coefficient");
        assertTrue(differs(plain, net.fused()), "fused multiply-adds change some coefficient");
    }

    /** Many rounds with new waveforms, long enough for C2 to compile the vector blocks. */
    @Test
    void compiledVectorSumStaysIdentical() {
        Random random = new Random(3);
        Network one = Network.random(random, 40, 1, 80, 24);
        Network two = Network.random(random, 40, 2, 80, 24);
        GapSum vectorOne = new VectorGapSum(one.gaps, one.sources, one.populationOf, one.rowOf, one.single());
        GapSum vectorTwo = new VectorGapSum(two.gaps, two.sources, two.populationOf, two.rowOf, two.single());
        for (int round = 0; round < 2000; round++) {
            one.refill(random);
            check(one, one.plain(), one.run(vectorOne), "one source array, round " + round);
            two.refill(random);
            check(two, two.plain(), two.run(vectorTwo), "two source arrays, round " + round);
        }
    }

    /** GapExchange reads partners where they were published, or from the received slots of several processes. */
    @Test
    void exchangeReadsPublishedWaveformsAndReceivedSlots() {
        Random random = new Random(7);
        int d = 20;
        int order = 3;
        int stride = d * (order + 1);
        int[] sizes = {30, 5, 25};
        boolean[] gapPopulation = {true, false, true};
        int[] offsets = {0, 30, 35};
        int n = 60;
        int[] populationOf = new int[n];
        int[] localOf = new int[n];
        for (int p = 0; p < sizes.length; p++) {
            for (int i = 0; i < sizes[p]; i++) {
                populationOf[offsets[p] + i] = p;
                localOf[offsets[p] + i] = i;
            }
        }
        GapTable gaps = new GapTable();
        for (int k = 0; k < 1500; k++) {
            int target = gapNeuron(random, populationOf, gapPopulation, n);
            gaps.add(target, gapNeuron(random, populationOf, gapPopulation, n), Network.conductance(random));
        }
        gaps.compile(n);
        for (int ranks : new int[] {1, 2, 3}) {
            PopulationBuffers[] buffers = new PopulationBuffers[sizes.length];
            for (int p = 0; p < sizes.length; p++) {
                buffers[p] = new PopulationBuffers(sizes[p], d, order, gapPopulation[p]);
                Network.fill(random, buffers[p].gapOut());
            }
            WaveformSlots slots = ranks == 1 ? null : new WaveformSlots(sizes, offsets, gapPopulation, ranks, 0, stride);
            if (slots != null) {
                Network.fill(random, slots.received());
            }
            GapExchange exchange = new GapExchange(gaps, buffers, populationOf, localOf, slots);
            // the whole population, two worker ranges (as the passes pull) and one neuron at a time
            // (as a shared pass pulls): the same bits
            for (int cut = 0; cut < 3; cut++) {
                for (int p : new int[] {0, 2}) {
                    java.util.Arrays.fill(buffers[p].gapIn(), Double.NaN);
                    int[] bounds = cut == 0 ? new int[] {0, sizes[p]}
                            : cut == 1 ? new int[] {0, random.nextInt(sizes[p] + 1), sizes[p]}
                            : java.util.stream.IntStream.rangeClosed(0, sizes[p]).toArray();
                    if (cut == 1) {
                        java.util.Arrays.sort(bounds);
                    }
                    for (int r = 0; r + 1 < bounds.length; r++) {
                        exchange.exchange(p, offsets[p], bounds[r], bounds[r + 1]);
                    }
                    for (int i = 0; i < sizes[p]; i++) {
                        int t = offsets[p] + i;
                        double[] expected = new double[stride];
                        for (int k = gaps.rowStart(t); k < gaps.rowStart(t + 1); k++) {
                            int partner = gaps.partner(k);
                            double[] out = slots == null ? buffers[populationOf[partner]].gapOut() : slots.received();
                            int at = (slots == null ? localOf[partner] : slots.slotOf(partner)) * stride;
                            for (int m = 0; m < stride; m++) {
                                expected[m] += gaps.conductance(k) * out[at + m];
                            }
                        }
                        assertEquals(gaps.conductanceSum(t), buffers[p].gapConductance()[i]);
                        for (int m = 0; m < stride; m++) {
                            if (Double.doubleToLongBits(expected[m])
                                    != Double.doubleToLongBits(buffers[p].gapIn()[i * stride + m])) {
                                fail(ranks + " process(es), cut " + cut + ", population " + p + ", neuron " + i
                                        + ", coefficient " + m + ": " + buffers[p].gapIn()[i * stride + m] + " instead of "
                                        + expected[m]);
                            }
                        }
                    }
                }
            }
        }
    }

    private static int gapNeuron(Random random, int[] populationOf, boolean[] gapPopulation, int n) {
        while (true) {
            int candidate = random.nextInt(n);
            if (gapPopulation[populationOf[candidate]]) {
                return candidate;
            }
        }
    }

    private static void check(Network net, double[] plain, double[] got, String what) {
        for (int j = 0; j < plain.length; j++) {
            if (Double.doubleToRawLongBits(plain[j]) != Double.doubleToRawLongBits(got[j])) {
                fail(what + ": target " + j / net.stride + ", coefficient " + j % net.stride + ": " + got[j]
                        + " instead of " + plain[j]);
            }
        }
    }

    private static boolean differs(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (Double.doubleToRawLongBits(a[j]) != Double.doubleToRawLongBits(b[j])) {
                return true;
            }
        }
        return false;
    }

    /** Targets with random rows (empty rows, duplicates and self pairs included) over several source arrays. */
    private static final class Network {
        final GapTable gaps = new GapTable();
        final int neurons;
        final int stride;
        final double[][] sources;
        final int[] populationOf;
        final int[] rowOf;

        private Network(int neurons, int arrays, int stride) {
            this.neurons = neurons;
            this.stride = stride;
            this.sources = new double[arrays][];
            this.populationOf = new int[neurons];
            this.rowOf = new int[neurons];
        }

        static Network random(Random random, int neurons, int arrays, int stride, int maxRow) {
            Network net = new Network(neurons, arrays, stride);
            int[] rows = new int[arrays];
            for (int j = 0; j < neurons; j++) {
                net.populationOf[j] = random.nextInt(arrays);
                net.rowOf[j] = rows[net.populationOf[j]]++;
            }
            for (int p = 0; p < arrays; p++) {
                // a little more than needed, so that rows do not all end at the array's end
                net.sources[p] = new double[(rows[p] + 1) * stride];
            }
            for (int t = 0; t < neurons; t++) {
                int row = random.nextInt(8) == 0 ? 0 : random.nextInt(maxRow + 1);
                for (int k = 0; k < row; k++) {
                    net.gaps.add(t, random.nextInt(neurons), conductance(random));
                }
            }
            net.gaps.compile(neurons);
            net.refill(random);
            return net;
        }

        static double conductance(Random random) {
            return switch (random.nextInt(6)) {
                case 0 -> 0.0;
                case 1 -> -random.nextDouble();
                default -> 0.3 * (1 + random.nextDouble());
            };
        }

        void refill(Random random) {
            for (double[] source : sources) {
                fill(random, source);
            }
        }

        /** Voltages and their derivatives over many magnitudes, with exact and negative zeros. */
        static void fill(Random random, double[] values) {
            for (int j = 0; j < values.length; j++) {
                values[j] = switch (random.nextInt(10)) {
                    case 0 -> 0.0;
                    case 1 -> -0.0;
                    case 2 -> random.nextGaussian() * 1e-9;
                    case 3 -> random.nextGaussian() * 1e6;
                    default -> -65.0 + random.nextGaussian() * 20.0;
                };
            }
        }

        /** The one source array, as GapExchange passes it, or null. */
        double[] single() {
            return sources.length == 1 ? sources[0] : null;
        }

        double[] run(GapSum sum) {
            double[] c = new double[neurons * stride];
            java.util.Arrays.fill(c, Double.NaN);
            for (int t = 0; t < neurons; t++) {
                sum.row(c, t * stride, stride, gaps.rowStart(t), gaps.rowStart(t + 1));
            }
            return c;
        }

        /** The reference: the exchange's loop before it was blocked. */
        double[] plain() {
            double[] c = new double[neurons * stride];
            for (int t = 0; t < neurons; t++) {
                int base = t * stride;
                for (int k = gaps.rowStart(t); k < gaps.rowStart(t + 1); k++) {
                    int partner = gaps.partner(k);
                    double[] out = sources[populationOf[partner]];
                    int at = rowOf[partner] * stride;
                    double g = gaps.conductance(k);
                    for (int m = 0; m < stride; m++) {
                        c[base + m] += g * out[at + m];
                    }
                }
            }
            return c;
        }

        double[] reversed() {
            double[] c = new double[neurons * stride];
            for (int t = 0; t < neurons; t++) {
                for (int k = gaps.rowStart(t + 1) - 1; k >= gaps.rowStart(t); k--) {
                    int partner = gaps.partner(k);
                    for (int m = 0; m < stride; m++) {
                        c[t * stride + m] += gaps.conductance(k) * sources[populationOf[partner]][rowOf[partner] * stride + m];
                    }
                }
            }
            return c;
        }

        double[] fused() {
            double[] c = new double[neurons * stride];
            for (int t = 0; t < neurons; t++) {
                for (int k = gaps.rowStart(t); k < gaps.rowStart(t + 1); k++) {
                    int partner = gaps.partner(k);
                    for (int m = 0; m < stride; m++) {
                        c[t * stride + m] = Math.fma(gaps.conductance(k),
                                sources[populationOf[partner]][rowOf[partner] * stride + m], c[t * stride + m]);
                    }
                }
            }
            return c;
        }
    }
}
