package org.syncytium.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
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

    @Test
    void nestMathStepsApplyToTheScaledDrawInOrder() {
        RandomParameter normal = RandomParameter.normal(0.5, 1.0);
        RandomSampler plain = sampler(normal.affine(2.0, 1.0));
        RandomParameter chained = normal.affine(2.0, 1.0)
                .then(new RandomParameter.Step("exp", Double.NaN, Double.NaN))
                .affine(3.0, -1.0).affine(0.5, 0.0) // folded into one affine step
                .then(new RandomParameter.Step("min", 40.0, Double.NaN))
                .then(new RandomParameter.Step("max", 0.0, Double.NaN));
        assertEquals(4, chained.steps().size());
        assertEquals(new RandomParameter.Step("affine", 1.5, -0.5), chained.steps().get(1));
        RandomSampler s = sampler(chained);
        RandomSampler trig = sampler(normal.then(new RandomParameter.Step("sin", Double.NaN, Double.NaN))
                .then(new RandomParameter.Step("cos", Double.NaN, Double.NaN)));
        RandomSampler raw = sampler(normal);
        for (long key = 1; key <= 500; key++) {
            double x = plain.sample(key);
            double expected = Math.max(Math.min(Math.exp(x) * 1.5 - 0.5, 40.0), 0.0);
            assertEquals(expected, s.sample(key), 0.0, "key " + key);
            assertEquals(Math.cos(Math.sin(raw.sample(key))), trig.sample(key), 0.0);
        }
    }

    @Test
    void redrawDrawsAgainFromTheSameStreamUntilTheValueIsWithinItsBounds() {
        RandomParameter normal = RandomParameter.normal(-70.0, 5.0);
        RandomSampler plain = sampler(normal);
        RandomSampler bounded = sampler(normal.then(new RandomParameter.Step("redraw", -72.0, -66.0)));
        int redrawn = 0;
        for (long key = 1; key <= 2000; key++) {
            double v = bounded.sample(key);
            assertTrue(v >= -72.0 && v <= -66.0, "key " + key + ": " + v);
            assertEquals(v, bounded.sample(key), 0.0, "the same key, the same value");
            double first = plain.sample(key);
            if (first >= -72.0 && first <= -66.0) {
                assertEquals(first, v, 0.0, "a first draw within the bounds is kept");
            } else {
                redrawn++;
            }
        }
        assertTrue(redrawn > 1000, "most draws of N(-70, 5) fall outside [-72, -66]: " + redrawn);
        // steps after a redraw apply to the kept value
        RandomSampler shifted = sampler(normal.then(new RandomParameter.Step("redraw", -72.0, -66.0)).affine(1.0, 100.0));
        assertEquals(bounded.sample(7) + 100.0, shifted.sample(7), 1e-12);
    }

    @Test
    void refusesStepsThatCannotBeApplied() {
        RandomParameter u = RandomParameter.uniform(0.0, 1.0);
        KernelException e = assertThrows(KernelException.class,
                () -> sampler(u.then(new RandomParameter.Step("redraw", 5.0, 6.0))).sample(3));
        assertTrue(e.getMessage().contains("iaf_psc_alpha.V_m") && e.getMessage().contains("1000 draws"), e.getMessage());
        assertThrows(BadPropertyException.class, () -> sampler(u.then(new RandomParameter.Step("redraw", 2.0, 1.0))));
        assertThrows(BadPropertyException.class, () -> sampler(u.then(new RandomParameter.Step("min", Double.NaN, 0.0))));
        assertThrows(UnknownNameException.class, () -> sampler(u.then(new RandomParameter.Step("tan", 0.0, 0.0))));
    }

    @Test
    void parametersCombineWithEachOtherDrawingFromTheOneStreamInOrder() {
        RandomParameter u = RandomParameter.uniform(0.0, 1.0);
        RandomParameter n = RandomParameter.normal(0.0, 1.0);
        RandomSampler first = sampler(u);
        RandomSampler sum = sampler(u.then(RandomParameter.Step.of("add", n)));
        RandomSampler both = sampler(u.then(RandomParameter.Step.of("multiply", u)));
        Xoshiro256 stream = new Xoshiro256(0);
        RandomGeneratorAdapter rng = new RandomGeneratorAdapter(stream);
        for (long key = 1; key <= 300; key++) {
            stream.reseed(key);
            double a = new org.apache.commons.math3.distribution.UniformRealDistribution(rng, 0, 1).sample();
            double b = new org.apache.commons.math3.distribution.NormalDistribution(rng, 0, 1).sample();
            assertEquals(a, first.sample(key), 0.0, "the first draw is the plain parameter's");
            assertEquals(a + b, sum.sample(key), 0.0, "the operand is the stream's next draw");
            double product = both.sample(key);
            assertTrue(product >= 0 && product < 1 && product != a * a, "two draws, not one squared: " + product);
        }
    }

    @Test
    void arithmeticComparisonsAndConditionalsFollowNest() {
        RandomParameter c31 = RandomParameter.constant(31.0);
        RandomParameter c5 = RandomParameter.constant(5.0);
        double[][] expected = {{36, 26, 155, 31.0 / 5.0}, {0, 0, 0, 1, 1, 1}, {0, 1, 1, 0, 1, 0}};
        List<String> arithmetic = List.of("add", "subtract", "multiply", "divide");
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[0][k], sampler(c31.then(RandomParameter.Step.of(arithmetic.get(k), c5))).sample(1), 0.0);
        }
        List<String> comparisons = List.of("lt", "le", "eq", "ne", "ge", "gt");
        for (int k = 0; k < 6; k++) {
            assertEquals(expected[1][k], sampler(c31.then(RandomParameter.Step.of(comparisons.get(k), c5))).sample(1), 0.0,
                    "31 " + comparisons.get(k) + " 5");
            assertEquals(expected[2][k], sampler(c31.then(RandomParameter.Step.of(comparisons.get(k), c31))).sample(1), 0.0,
                    "31 " + comparisons.get(k) + " 31");
        }
        assertEquals(28629151.0, sampler(c31.then(new RandomParameter.Step("pow", 5, Double.NaN))).sample(1), 0.0);
        assertEquals("(31.0 + 5.0)", c31.then(RandomParameter.Step.of("add", c5)).toString());
        // conditional: a uniform draw below 0.5 picks twice itself, else minus itself
        RandomParameter u = RandomParameter.uniform(0.0, 1.0);
        RandomSampler plain = sampler(u);
        RandomSampler chosen = sampler(u.then(RandomParameter.Step.of("lt", RandomParameter.constant(0.5)))
                .then(RandomParameter.Step.of("conditional", RandomParameter.constant(2.0), RandomParameter.constant(-1.0))));
        for (long key = 1; key <= 200; key++) {
            assertEquals(plain.sample(key) < 0.5 ? 2.0 : -1.0, chosen.sample(key), 0.0);
        }
    }

    @Test
    void aRedrawInsideAnOperandDrawsTheOperandAgainOnly() {
        RandomParameter u = RandomParameter.uniform(0.0, 1.0);
        RandomParameter bounded = RandomParameter.normal(0.0, 1.0).then(new RandomParameter.Step("redraw", -0.1, 0.1));
        RandomSampler s = sampler(u.then(RandomParameter.Step.of("add", bounded)));
        RandomSampler first = sampler(u);
        for (long key = 1; key <= 200; key++) {
            double v = s.sample(key);
            double a = first.sample(key);
            assertTrue(v - a >= -0.1 && v - a <= 0.1, "key " + key + ": " + v + " from " + a);
        }
    }

    @Test
    void operandsAreCheckedLikeTheFirstDraw() {
        RandomParameter u = RandomParameter.uniform(0.0, 1.0);
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> sampler(u.then(RandomParameter.Step.of("add", RandomParameter.exponential(-1.0)))));
        assertTrue(e.getMessage().contains("iaf_psc_alpha") && e.getMessage().contains("V_m"), e.getMessage());
        assertThrows(BadPropertyException.class, () -> sampler(u.then(RandomParameter.Step.of("conditional", u))));
        assertThrows(BadPropertyException.class, () -> sampler(u.then(RandomParameter.Step.of("add"))));
        assertThrows(BadPropertyException.class, () -> sampler(u.then(RandomParameter.Step.of("pow"))));
        assertThrows(BadPropertyException.class, () -> sampler(new RandomParameter("constant", List.of(1.0, 2.0))));
    }

    @Test
    void aConstantCombinedWithARandomOperandStillFollowsTheKey() {
        RandomSampler s = sampler(RandomParameter.constant(1.0).then(RandomParameter.Step.of("add", RandomParameter.uniform(0, 1))));
        assertEquals(s.sample(3), s.sample(3), 0.0);
        assertTrue(s.sample(3) != s.sample(4));
        assertEquals(7.5, sampler(RandomParameter.constant(7.5)).sample(99), 0.0);
    }

    @Test
    void looseValuesFollowTheSeedAndContinueFromCallToCall() {
        RandomParameter u = RandomParameter.uniform(0.0, 1.0);
        LooseValues values = new LooseValues();
        double[] first = {values.next(u, 12), values.next(u, 12), values.next(u, 12)};
        assertTrue(first[0] != first[1] && first[1] != first[2]);
        assertTrue(values.next(u, 13) != first[0], "another seed, another stream");
        assertEquals(first[0], values.next(u, 12), 0.0, "the seed set again starts the values again");
        LooseValues fresh = new LooseValues();
        fresh.next(u, 12);
        assertEquals(first[1], fresh.next(u, 12), 0.0, "the n-th value depends on n and the seed only");
    }
}
