package org.syncytium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default split policy and the system property that picks another for comparisons. */
class SplitPolicyTest {

    @AfterEach
    void clear() {
        System.clearProperty("syncytium.split");
    }

    @Test
    void measuredUnlessThePropertyNamesAnother() {
        assertSame(SplitPolicy.MEASURED, SplitPolicy.byDefault());
        System.setProperty("syncytium.split", "predicted");
        assertSame(SplitPolicy.PREDICTED, SplitPolicy.byDefault());
        assertSame(SplitPolicy.PREDICTED, new MachineOptions(2, line -> { }).split());
        System.setProperty("syncytium.split", "equal");
        assertSame(SplitPolicy.EQUAL, SplitPolicy.byDefault());
    }

    @Test
    void anUnknownNameIsOneClearLine() {
        System.setProperty("syncytium.split", "fastest");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, SplitPolicy::byDefault);
        assertEquals("system property syncytium.split must be measured, predicted or equal, found 'fastest'",
                e.getMessage());
    }
}
