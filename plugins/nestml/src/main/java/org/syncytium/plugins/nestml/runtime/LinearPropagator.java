package org.syncytium.plugins.nestml.runtime;

import java.util.Arrays;

/**
 * Exact propagation over one step of h ms of a linear system z' = A z + b whose A and b are constant
 * over the step (NESTML's analytically solvable part, which ODE-toolbox gives NESTML's NEST target as
 * propagators): z(h) = P z + Q b with P = e^{Ah} and Q = ∫₀ʰ e^{As} ds, read off e^{Mh} for the block
 * matrix M = [[A, I], [0, 0]]. A depends on the parameters only, b also on the step's input, so P and
 * Q are kept for the last A (and integration mask) and reused while it is bit for bit the same:
 * neurons with equal parameters share them, and the result does not depend on which neuron came
 * before. Only the states of the mask advance; the others are held and enter b.
 * Allocates nothing after construction.
 */
final class LinearPropagator {

    private final int m;
    /** The full system from the generated code: A row-major (m × m), b (m). */
    final double[] a;
    final double[] b;
    /** The reduced system of the masked states: indices, A, b; then P and Q for it. */
    private final int[] index;
    private final double[] ar;
    private final double[] br;
    private final double[] cachedA;
    private long cachedMask = Long.MIN_VALUE;
    private double cachedH = Double.NaN;
    private final double[] p;
    private final double[] q;
    private final double[] zr;
    /** Work matrices of size 2m × 2m for the exponential. */
    private final double[] big;
    private final double[] term;
    private final double[] sum;
    private final double[] tmp;

    LinearPropagator(int m) {
        this.m = m;
        a = new double[m * m];
        b = new double[m];
        index = new int[m];
        ar = new double[m * m];
        br = new double[m];
        cachedA = new double[m * m];
        p = new double[m * m];
        q = new double[m * m];
        zr = new double[m];
        int n = 2 * m;
        big = new double[n * n];
        term = new double[n * n];
        sum = new double[n * n];
        tmp = new double[n * n];
    }

    /** Clears A and b before the generated code fills in the nonzero entries. */
    void clear() {
        Arrays.fill(a, 0.0);
        Arrays.fill(b, 0.0);
    }

    /** Advances the states {@code z} (in the generated order) whose bit is set in {@code mask} by h, exactly. */
    void advance(double[] z, long mask, double h) {
        int r = 0;
        for (int j = 0; j < m; j++) {
            if ((mask & (1L << j)) != 0) {
                index[r++] = j;
            }
        }
        if (r == 0) {
            return;
        }
        boolean same = mask == cachedMask && h == cachedH;
        for (int i = 0; i < r; i++) {
            double bi = b[index[i]];
            for (int j = 0; j < m; j++) {
                double aij = a[index[i] * m + j];
                if ((mask & (1L << j)) == 0) {
                    bi += aij * z[j]; // a held state is an input over the step
                }
            }
            br[i] = bi;
            for (int k = 0; k < r; k++) {
                double v = a[index[i] * m + index[k]];
                same &= Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(cachedA[i * r + k]);
                ar[i * r + k] = v;
            }
        }
        if (!same) {
            exponential(r, h);
            System.arraycopy(ar, 0, cachedA, 0, r * r);
            cachedMask = mask;
            cachedH = h;
        }
        for (int i = 0; i < r; i++) {
            double v = 0.0;
            for (int k = 0; k < r; k++) {
                v += p[i * r + k] * z[index[k]] + q[i * r + k] * br[k];
            }
            zr[i] = v;
        }
        for (int i = 0; i < r; i++) {
            z[index[i]] = zr[i];
        }
    }

    /** P and Q of the reduced r × r system from e^{Mh}, M = [[A, I], [0, 0]], by scaling, Taylor series, squaring. */
    private void exponential(int r, double h) {
        int n = 2 * r;
        Arrays.fill(big, 0, n * n, 0.0);
        for (int i = 0; i < r; i++) {
            for (int k = 0; k < r; k++) {
                big[i * n + k] = ar[i * r + k] * h;
            }
            big[i * n + r + i] = h;
        }
        double norm = 0.0;
        for (int i = 0; i < n; i++) {
            double row = 0.0;
            for (int k = 0; k < n; k++) {
                row += Math.abs(big[i * n + k]);
            }
            norm = Math.max(norm, row);
        }
        int squarings = norm > 0.5 ? (int) Math.ceil(Math.log(norm / 0.5) / Math.log(2.0)) : 0;
        double scale = Math.scalb(1.0, -squarings);
        for (int i = 0; i < n * n; i++) {
            big[i] *= scale;
        }
        // Taylor series of e^X for ||X|| <= 1/2: terms fall by at least 2^k / k!, 1e-17 after about 20
        Arrays.fill(sum, 0, n * n, 0.0);
        Arrays.fill(term, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            sum[i * n + i] = 1.0;
            term[i * n + i] = 1.0;
        }
        for (int k = 1; k <= 30; k++) {
            multiply(term, big, tmp, n);
            double largest = 0.0;
            for (int i = 0; i < n * n; i++) {
                term[i] = tmp[i] / k;
                sum[i] += term[i];
                largest = Math.max(largest, Math.abs(term[i]));
            }
            if (largest < 1e-18) {
                break;
            }
        }
        for (int s = 0; s < squarings; s++) {
            multiply(sum, sum, tmp, n);
            System.arraycopy(tmp, 0, sum, 0, n * n);
        }
        for (int i = 0; i < r; i++) {
            for (int k = 0; k < r; k++) {
                p[i * r + k] = sum[i * n + k];
                q[i * r + k] = sum[i * n + r + k];
            }
        }
    }

    private static void multiply(double[] x, double[] y, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double v = 0.0;
                for (int j = 0; j < n; j++) {
                    v += x[i * n + j] * y[j * n + k];
                }
                out[i * n + k] = v;
            }
        }
    }
}
