package org.syncytium.launcher.reliability;

import static org.syncytium.launcher.reliability.Trials.run;

import java.util.List;

/**
 * Numbers that are legal YAML but not legal physics or time. (V_m at the removable singularities of
 * hh_psc_alpha_gap's rate functions is issue 9 item 6, owned by the hh-psc-alpha-gap plugin.)
 */
final class NumericFaults {

    private static final String GROUP = "numerics";

    private NumericFaults() {
    }

    private static String neuron(String params) {
        return "network:\n  - create:\n      model: hh_psc_alpha_gap\n      params: {" + params + "}\nsimulate: 5\n";
    }

    static List<Fault> all() {
        return List.of(
                new Fault("N1", GROUP, "a NaN parameter (`.nan`)", run(neuron("E_L: .nan")), "s.yaml:4:", "not-a-number"),
                new Fault("N2", GROUP, "a negative time constant", run(neuron("tau_syn_ex: -0.2")), "s.yaml:4:", "tau_syn_ex"),
                new Fault("N3", GROUP, "a zero capacitance", run(neuron("C_m: 0.0")), "s.yaml:4:", "C_m"),
                new Fault("N4", GROUP, "`simulate: 1e308` (more steps than a counter holds)", run("simulate: 1.0e308\n"),
                        "s.yaml:1:"),
                new Fault("N5", GROUP, "`simulate: .inf`", run("simulate: .inf\n"), "s.yaml:1:"),
                new Fault("N6", GROUP, "`simulate: .nan`", run("simulate: .nan\n"), "s.yaml:1:", "not-a-number"),
                new Fault("N8", GROUP, "a current of 10^9 pA into one neuron (the state blows up)",
                        run("network:\n  - create: {model: hh_psc_alpha_gap, n: 2, as: n}\n  - create:\n"
                                + "      model: hh_psc_alpha_gap\n      params: {I_e: 1.0e9}\nsimulate: 5\n"),
                        "s.yaml:4:", "node 3 (hh_psc_alpha_gap)", "at t = "),
                new Fault("N7", GROUP, "a resolution of 10^-300 ms", run("kernel: {resolution: 1.0e-300}\nsimulate: 1\n"),
                        "s.yaml:1:", "resolution = 1.0E-300 must be at least one tic"),
                new Fault("N10", GROUP, "a resolution that is no whole number of tics (0.0125 ms)",
                        run("kernel: {resolution: 0.0125}\nsimulate: 1\n"), "s.yaml:1:",
                        "whole number of tics of 0.001 ms"));
    }
}
