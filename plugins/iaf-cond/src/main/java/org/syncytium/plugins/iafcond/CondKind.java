package org.syncytium.plugins.iafcond;

/**
 * The conductance shape of a model: exponential ({@code iaf_cond_exp}: a spike raises g), alpha
 * ({@code iaf_cond_alpha}: a spike raises dg by w e/tau, g peaks at w) or beta ({@code iaf_cond_beta}:
 * dg decays with tau_decay, g with tau_rise, and a spike raises dg so that g peaks at w).
 */
enum CondKind {
    EXP, ALPHA, BETA;

    /** True if g has a rising part dg (alpha and beta). */
    boolean rising() {
        return this != EXP;
    }
}
