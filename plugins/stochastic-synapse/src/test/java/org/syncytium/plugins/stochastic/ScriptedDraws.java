package org.syncytium.plugins.stochastic;

import org.syncytium.api.random.RandomStream;

/** Uniform draws given in advance, so a test can say which ones pass; fails a test that draws more. */
final class ScriptedDraws implements RandomStream {
    private final double[] draws;
    private int next;

    ScriptedDraws(double... draws) {
        this.draws = draws;
    }

    int used() {
        return next;
    }

    @Override
    public double nextDouble() {
        if (next == draws.length) {
            throw new AssertionError("drew more than the " + draws.length + " numbers scripted");
        }
        return draws[next++];
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int nextInt(int bound) {
        throw new UnsupportedOperationException();
    }
}
