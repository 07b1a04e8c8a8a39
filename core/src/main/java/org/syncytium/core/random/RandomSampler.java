package org.syncytium.core.random;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.RandomParameter;

/**
 * Draws values of one {@link RandomParameter} with Commons Math distributions from a reseedable
 * stream: the caller reseeds per entity (node or connection), so each value depends only on the
 * seed and the entity, never on the thread that draws it. A parameter combined with others
 * ({@code u + v}, {@code conditional(u < 0.5, ...)}) draws every part from the entity's one stream.
 */
public final class RandomSampler {
    /** NEST gives up a redraw after this many draws. */
    static final int MAX_REDRAWS = 1000;

    private final Xoshiro256 stream = new Xoshiro256(0);
    private final CompiledParameter expression;

    /**
     * @param owner     model or synapse the value is for (for messages)
     * @param parameter the parameter name (for messages)
     * @throws BadPropertyException   for arguments a distribution or a step does not accept
     * @throws UnknownNameException   for an unknown distribution or operation
     */
    public RandomSampler(String owner, String parameter, RandomParameter random) {
        this(owner, parameter, random, null);
    }

    /**
     * A sampler whose values may depend on positions ({@code distance}, {@code position}), read at
     * {@code place}, which the caller moves to the node or pair before each {@link #sample}.
     *
     * @param place null where values cannot depend on positions (such a value is then refused)
     */
    public RandomSampler(String owner, String parameter, RandomParameter random, SpatialPlace place) {
        expression = new CompiledParameter(random, stream, owner, parameter, random, place);
    }

    /** True if a value takes anything from the stream (if not, the key is not read: callers may skip making it). */
    public boolean draws() {
        return expression.draws();
    }

    /**
     * One value from the stream named by {@code key} (see {@link StreamKeys}).
     *
     * @throws KernelException if a redraw found no value within its bounds in {@link #MAX_REDRAWS} draws
     *                         (NEST's class for it)
     */
    public double sample(long key) {
        if (expression.draws()) {
            stream.reseed(key);
        }
        return expression.next();
    }
}
