package org.syncytium.plugins.nestml.codegen;

/**
 * NESTML's code generator option {@code gap_junctions}: {@code enable}, {@code membrane_potential_variable}
 * (a state variable with an ODE, mV) and {@code gap_current_port} (a continuous input port, pA) whose value
 * gets the gap current -S·V + Σ g·V_partner.
 */
public record GapOptions(boolean enable, String membranePotentialVariable, String gapCurrentPort) {

    /** Gap junctions off. */
    public static final GapOptions NONE = new GapOptions(false, "V_m", "I_gap");
}
