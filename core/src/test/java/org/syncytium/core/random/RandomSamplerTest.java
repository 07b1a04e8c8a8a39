package org.syncytium.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.RandomParameter;

class RandomSamplerTest {

    private static RandomSampler sampler(RandomParameter p) {
        return new RandomSampler("iaf_psc_alpha", "V_m", p);
    }

    @Test
    void scaleAndOffsetApplyToEachDrawOfTheSameStream() {
        RandomParameter plain = RandomParameter.lognormal(0.0, 1.0);
        RandomParameter affine = plain.affine(-20.0, -55.0);
        assertEquals(new RandomParameter("lognormal", List.of(0.0, 1.0), -20.0, -55.0), affine);
        RandomSampler a = sampler(plain);
        RandomSampler b = sampler(affine);
        for (long key = 1; key < 200; key++) {
            assertEquals(-55.0 - 20.0 * a.sample(key), b.sample(key), 1e-12);
        }
        assertEquals(a.sample(5), sampler(plain.affine(1.0, 0.0)).sample(5), 0.0, "the identity changes no bit");
    }

    @Test
    void affineComposes() {
        RandomParameter p = RandomParameter.uniform(0, 1).affine(2.0, 1.0).affine(3.0, -4.0); // 3 (2u + 1) - 4
        assertEquals(6.0, p.scale());
        assertEquals(-1.0, p.offset());
        RandomSampler u = sampler(RandomParameter.uniform(0, 1));
        assertEquals(6.0 * u.sample(9) - 1.0, sampler(p).sample(9), 1e-12);
    }

    @Test
    void uniformIntDrawsEveryWholeNumberBelowMaxEquallyOften() {
        RandomSampler s = sampler(RandomParameter.uniformInt(4).affine(10.0, 1.0));
        int[] counts = new int[4];
        for (long key = 0; key < 40_000; key++) {
            double v = s.sample(key);
            int k = (int) ((v - 1.0) / 10.0);
            assertEquals(1.0 + 10.0 * k, v, 0.0, "whole draws, scaled and shifted");
            counts[k]++;
        }
        for (int c : counts) {
            assertTrue(Math.abs(c - 10_000) < 400, "counts " + java.util.Arrays.toString(counts)); // 4 sigma is 346
        }
    }

    @Test
    void refusesWhatCannotBeDrawn() {
        for (double max : new double[] {0.0, -2.0, 2.5, Double.NaN}) {
            BadPropertyException e = assertThrows(BadPropertyException.class,
                    () -> sampler(new RandomParameter("uniform_int", List.of(max))));
            assertTrue(e.getMessage().contains("whole number"), e.getMessage());
        }
        assertThrows(BadPropertyException.class,
                () -> sampler(new RandomParameter("uniform", List.of(0.0, 1.0), Double.NaN, 0.0)));
        assertThrows(BadPropertyException.class, () -> sampler(new RandomParameter("uniform_int", List.of(2.0, 3.0))));
    }
}
