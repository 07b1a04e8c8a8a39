package org.syncytium.plugins.hh;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * HhPopulation.uniformParameters, which lets the lanes fill the constant parameter rows once per pass:
 * it may be false where the neurons are the same (until the next prepare), never true where they differ.
 */
class UniformParametersTest {

    private static HhPopulation prepared(int size) {
        HhPopulation p = (HhPopulation) new HhPscAlphaGapModel().createPopulation(size);
        p.prepare(new TestRunContext(0.05, 20, 3, true));
        return p;
    }

    private static void set(HhPopulation p, int i, String name, double value) {
        p.set(i, new String[] {name}, new double[] {value});
    }

    @Test
    void identicalNeuronsAreUniform() {
        assertTrue(prepared(5).uniformParameters());
        assertTrue(prepared(1).uniformParameters());
    }

    @Test
    void oneDifferentNeuronMakesItNonUniformAtOnce() {
        HhPopulation p = prepared(5);
        set(p, 3, "g_Na", 4000.0);
        assertFalse(p.uniformParameters(), "neuron 3 differs");
        set(p, 3, "g_Na", 4500.0);
        assertFalse(p.uniformParameters(), "false until the next prepare");
        p.prepare(new TestRunContext(0.05, 20, 3, true));
        assertTrue(p.uniformParameters(), "all the same again");
    }

    @Test
    void theFirstNeuronChangedIsComparedWithAllOthers() {
        HhPopulation p = prepared(4);
        set(p, 0, "tau_syn_in", 3.0);
        assertFalse(p.uniformParameters(), "neuron 0 differs from the rest");
        for (int i = 1; i < 4; i++) {
            set(p, i, "tau_syn_in", 3.0);
        }
        p.prepare(new TestRunContext(0.05, 20, 3, true));
        assertTrue(p.uniformParameters());
    }

    @Test
    void stateAndUnpackedParametersDoNotCount() {
        HhPopulation p = prepared(3);
        set(p, 1, "V_m", -50.0);
        set(p, 2, "t_ref", 3.0);
        assertTrue(p.uniformParameters(), "V_m is state and t_ref is not in the lanes' rows");
    }

    @Test
    void everyPackedRowCounts() {
        String[] names = {"g_Na", "g_Kv1", "g_Kv3", "g_L", "C_m", "E_Na", "E_K", "E_L", "tau_syn_ex", "tau_syn_in", "I_e"};
        for (String name : names) {
            HhPopulation p = prepared(3);
            set(p, 2, name, 7.0);
            assertFalse(p.uniformParameters(), name);
        }
    }
}
