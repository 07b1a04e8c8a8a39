package org.syncytium.core.phase;

import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.core.plan.RunPlan;

/** Users know nodes by id, models only by their index in the population. */
final class NodeIds {
    private NodeIds() {
    }

    static NumericalInstabilityException named(NumericalInstabilityException e, RunPlan plan, int p) {
        if (e.neuronIndex() < 0) {
            return e;
        }
        long id = plan.neurons().neuronIds()[plan.neurons().firstOwned()[p] + e.neuronIndex()];
        return new NumericalInstabilityException("node " + id + " ("
                + plan.neurons().populations()[p].model().name() + "): " + e.getMessage());
    }
}
