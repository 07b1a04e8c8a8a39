package org.syncytium.plugins.nestml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.syncytium.plugins.nestml.syntax.NestmlException;

/** Bad NESTML gives one line naming file:line and the problem. */
class BadInputTest {

    private static final String GOOD = String.join("\n",
            "model m:",
            "    state:",
            "        V_m mV = -70 mV",
            "    equations:",
            "        V_m' = -(V_m - E_L) / tau_m + I_e / C_m",
            "    parameters:",
            "        E_L mV = -70 mV",
            "        tau_m ms = 10 ms",
            "        C_m pF = 250 pF",
            "        I_e pA = 0 pA",
            "    input:",
            "        spikes <- spike",
            "    output:",
            "        spike",
            "    update:",
            "        integrate_odes()",
            "");

    /** Functions the cases may call: jitter draws random numbers, outer only through jitter. */
    private static final String FUNCTIONS = String.join("\n",
            "    function jitter(s mV) mV:",
            "        return random_normal(0 mV, s)",
            "    function outer(s mV) mV:",
            "        return jitter(s)",
            "");

    private static String replace(String from, String to) {
        assertTrue(GOOD.contains(from), from);
        return GOOD.replace(from, to);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    update:|    updat:|15|unknown block 'updat'",
        "integrate_odes()|integrate_odes()\\n        V_m = foo(V_m)|17|unknown function 'foo'",
        "I_e / C_m|I_x / C_m|5|undefined variable 'I_x'",
        "I_e / C_m|I_e|5|unit mismatch",
        "V_m mV = -70 mV|V_m mV = -70 pA|3|unit mismatch",
        "        V_m' = -(V_m - E_L) / tau_m + I_e / C_m|        V_m' = -(V_m - E_L) / tau_m + I_e / C_m\\n        W' = -W / tau_m|6|ODE for 'W', which is not declared in the state block",
        "        V_m' = -(V_m - E_L) / tau_m + I_e / C_m|        kernel K = t * t * exp(-t / tau_m)\\n        V_m' = -(V_m - E_L) / tau_m + I_e / C_m + convolve(K, spikes) * mV / ms|5|unsupported kernel shape",
        "V_m mV = -70 mV|V_m mV = -70 mV +|3|expected an expression",
        "V_m mV = -70 mV|V_m mV = random_normal(-70 mV, 5 mV)|3|random_normal() in the initial value of V_m is not supported",
        "E_L mV = -70 mV|E_L mV = random_uniform(-75 mV, -65 mV)|7|random_uniform() in the initial value of E_L is not supported",
        "I_e / C_m|I_e / C_m + (V_m(t - 1 ms) - V_m) / tau_m|5|(...)' reads a state variable at another time: delay differential equations are not supported yet",
        "        integrate_odes()|        integrate_odes()\\n        k integer = 0\\n        for k in 0 ... 3 step 0:\\n            V_m += 1 mV|18|the step of a for loop must not be 0",
        "    input:|    parameters:\\n        x real = 1\\n    input:|11|a second parameters block in model m",
        "    input:|    state:\\n        y real = 1\\n    input:|11|a second state block in model m",
    })
    void oneLineWithFileAndLine(String from, String to, int line, String message) {
        String text = replace(from, to.replace("\\n", "\n")) + FUNCTIONS;
        NestmlException e = assertThrows(NestmlException.class, () -> Models.source(text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.nestml:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    /** Rules of NESTML's own invalid test models (tests/invalid in NESTML's repository). */
    @org.junit.jupiter.api.Test
    void nestmlsConsistencyRules() {
        Models.source(replace("        integrate_odes()", "        integrate_odes()\n        emit_spike()"));
        String withoutOutput = replace("    output:\n        spike\n", "") + "        emit_spike()\n";
        NestmlException e = assertThrows(NestmlException.class, () -> Models.source(withoutOutput));
        assertEquals("test.nestml:15: emit_spike() needs a spike output port ('output: spike'), which model m does not declare",
                e.getMessage());
        oneLineWithFileAndLine("V_m mV = -70 mV", "V_m mV", 3, "state variable 'V_m' has no initial value");
        oneLineWithFileAndLine("V_m mV = -70 mV", "V_m mV = -70 mV\\n        W real = 2 * W", 4,
                "the initial value of 'W' refers to 'W' itself");
    }

    /** Random numbers in internals or in functions that initial values call are refused too. */
    @org.junit.jupiter.api.Test
    void randomNumbersOutsideTheUpdateAreRefused() {
        oneLineWithFileAndLine("    input:", "    internals:\\n        noise mV = random_normal(0 mV, 1 mV)\\n    input:", 12,
                "random_normal() in internal noise is not supported");
        oneLineWithFileAndLine("V_m mV = -70 mV", "V_m mV = -70 mV + jitter(1 mV)", 3,
                "function jitter(), which draws random numbers, in the initial value of V_m is not supported");
        oneLineWithFileAndLine("V_m mV = -70 mV", "V_m mV = -70 mV + outer(1 mV)", 3,
                "function outer(), which draws random numbers, in the initial value of V_m is not supported");
        // the same functions in the update block are fine
        Models.source(replace("        integrate_odes()", "        integrate_odes()\n        V_m += outer(1 mV)") + FUNCTIONS);
    }

    @org.junit.jupiter.api.Test
    void theGoodModelLoads() {
        assertEquals("m", Models.source(GOOD).name());
    }
}
