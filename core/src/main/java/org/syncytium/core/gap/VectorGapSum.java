package org.syncytium.core.gap;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.syncytium.core.connect.GapTable;

/**
 * {@link GapSum} with the Vector API: a block of up to ten vectors of coefficients (80 doubles
 * at AVX-512 width, the whole waveform of D = 20 steps of order 3) is held in registers while the
 * partners go by, so each partner's waveform is read once per block and C is written once. Other
 * strides take blocks of 10, 8, 4, 2 and 1 vectors and a scalar tail (one block of 10 was about
 * 14 % faster than 8 + 2 at stride 80). Lane by lane this is the scalar sum: {@code mul} then
 * {@code add}, each rounded, never an FMA, partners in the row's order.
 */
final class VectorGapSum implements GapSum {
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();

    private final GapTable gaps;
    private final double[][] sources;
    private final int[] populationOf;
    private final int[] rowOf;
    /** The one array every partner is read from, or null if there are several. */
    private final double[] single;

    VectorGapSum(GapTable gaps, double[][] sources, int[] populationOf, int[] rowOf, double[] single) {
        this.gaps = gaps;
        this.sources = sources;
        this.populationOf = populationOf;
        this.rowOf = rowOf;
        this.single = single;
    }

    @Override
    public void row(double[] c, int base, int stride, int first, int end) {
        int m = 0;
        for (; m + 10 * L <= stride; m += 10 * L) {
            block10(c, base, stride, m, first, end);
        }
        if (m + 8 * L <= stride) {
            block8(c, base, stride, m, first, end);
            m += 8 * L;
        }
        if (m + 4 * L <= stride) {
            block4(c, base, stride, m, first, end);
            m += 4 * L;
        }
        if (m + 2 * L <= stride) {
            block2(c, base, stride, m, first, end);
            m += 2 * L;
        }
        if (m + L <= stride) {
            block1(c, base, stride, m, first, end);
            m += L;
        }
        for (; m < stride; m++) {
            c[base + m] = ScalarGapSum.coefficient(gaps, sources, populationOf, rowOf, m, stride, first, end);
        }
    }

    private void block10(double[] c, int base, int stride, int m, int first, int end) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        DoubleVector a4 = a0;
        DoubleVector a5 = a0;
        DoubleVector a6 = a0;
        DoubleVector a7 = a0;
        DoubleVector a8 = a0;
        DoubleVector a9 = a0;
        GapTable gaps = this.gaps;
        double[] single = this.single;
        double[][] sources = this.sources;
        int[] populationOf = this.populationOf;
        int[] rowOf = this.rowOf;
        for (int k = first; k < end; k++) {
            int partner = gaps.partner(k);
            double[] out = single != null ? single : sources[populationOf[partner]];
            int at = rowOf[partner] * stride + m;
            DoubleVector g = DoubleVector.broadcast(SPECIES, gaps.conductance(k));
            a0 = a0.add(g.mul(DoubleVector.fromArray(SPECIES, out, at)));
            a1 = a1.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + L)));
            a2 = a2.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 2 * L)));
            a3 = a3.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 3 * L)));
            a4 = a4.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 4 * L)));
            a5 = a5.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 5 * L)));
            a6 = a6.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 6 * L)));
            a7 = a7.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 7 * L)));
            a8 = a8.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 8 * L)));
            a9 = a9.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 9 * L)));
        }
        int at = base + m;
        a0.intoArray(c, at);
        a1.intoArray(c, at + L);
        a2.intoArray(c, at + 2 * L);
        a3.intoArray(c, at + 3 * L);
        a4.intoArray(c, at + 4 * L);
        a5.intoArray(c, at + 5 * L);
        a6.intoArray(c, at + 6 * L);
        a7.intoArray(c, at + 7 * L);
        a8.intoArray(c, at + 8 * L);
        a9.intoArray(c, at + 9 * L);
    }

    private void block8(double[] c, int base, int stride, int m, int first, int end) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        DoubleVector a4 = a0;
        DoubleVector a5 = a0;
        DoubleVector a6 = a0;
        DoubleVector a7 = a0;
        GapTable gaps = this.gaps;
        double[] single = this.single;
        double[][] sources = this.sources;
        int[] populationOf = this.populationOf;
        int[] rowOf = this.rowOf;
        for (int k = first; k < end; k++) {
            int partner = gaps.partner(k);
            double[] out = single != null ? single : sources[populationOf[partner]];
            int at = rowOf[partner] * stride + m;
            DoubleVector g = DoubleVector.broadcast(SPECIES, gaps.conductance(k));
            a0 = a0.add(g.mul(DoubleVector.fromArray(SPECIES, out, at)));
            a1 = a1.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + L)));
            a2 = a2.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 2 * L)));
            a3 = a3.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 3 * L)));
            a4 = a4.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 4 * L)));
            a5 = a5.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 5 * L)));
            a6 = a6.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 6 * L)));
            a7 = a7.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 7 * L)));
        }
        int at = base + m;
        a0.intoArray(c, at);
        a1.intoArray(c, at + L);
        a2.intoArray(c, at + 2 * L);
        a3.intoArray(c, at + 3 * L);
        a4.intoArray(c, at + 4 * L);
        a5.intoArray(c, at + 5 * L);
        a6.intoArray(c, at + 6 * L);
        a7.intoArray(c, at + 7 * L);
    }

    private void block4(double[] c, int base, int stride, int m, int first, int end) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        GapTable gaps = this.gaps;
        double[] single = this.single;
        double[][] sources = this.sources;
        int[] populationOf = this.populationOf;
        int[] rowOf = this.rowOf;
        for (int k = first; k < end; k++) {
            int partner = gaps.partner(k);
            double[] out = single != null ? single : sources[populationOf[partner]];
            int at = rowOf[partner] * stride + m;
            DoubleVector g = DoubleVector.broadcast(SPECIES, gaps.conductance(k));
            a0 = a0.add(g.mul(DoubleVector.fromArray(SPECIES, out, at)));
            a1 = a1.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + L)));
            a2 = a2.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 2 * L)));
            a3 = a3.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + 3 * L)));
        }
        int at = base + m;
        a0.intoArray(c, at);
        a1.intoArray(c, at + L);
        a2.intoArray(c, at + 2 * L);
        a3.intoArray(c, at + 3 * L);
    }

    private void block2(double[] c, int base, int stride, int m, int first, int end) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector a1 = a0;
        GapTable gaps = this.gaps;
        double[] single = this.single;
        double[][] sources = this.sources;
        int[] populationOf = this.populationOf;
        int[] rowOf = this.rowOf;
        for (int k = first; k < end; k++) {
            int partner = gaps.partner(k);
            double[] out = single != null ? single : sources[populationOf[partner]];
            int at = rowOf[partner] * stride + m;
            DoubleVector g = DoubleVector.broadcast(SPECIES, gaps.conductance(k));
            a0 = a0.add(g.mul(DoubleVector.fromArray(SPECIES, out, at)));
            a1 = a1.add(g.mul(DoubleVector.fromArray(SPECIES, out, at + L)));
        }
        a0.intoArray(c, base + m);
        a1.intoArray(c, base + m + L);
    }

    private void block1(double[] c, int base, int stride, int m, int first, int end) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        GapTable gaps = this.gaps;
        double[] single = this.single;
        double[][] sources = this.sources;
        int[] populationOf = this.populationOf;
        int[] rowOf = this.rowOf;
        for (int k = first; k < end; k++) {
            int partner = gaps.partner(k);
            DoubleVector g = DoubleVector.broadcast(SPECIES, gaps.conductance(k));
            double[] out = single != null ? single : sources[populationOf[partner]];
            a0 = a0.add(g.mul(DoubleVector.fromArray(SPECIES, out, rowOf[partner] * stride + m)));
        }
        a0.intoArray(c, base + m);
    }
}
