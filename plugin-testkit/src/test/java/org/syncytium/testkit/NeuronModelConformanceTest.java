package org.syncytium.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The suite passes a correct model and catches each defect with the check named for it. */
class NeuronModelConformanceTest {

    /** Names of the checks that fail for {@code model}. */
    private static List<String> failing(Leaky model) {
        List<String> failed = new ArrayList<>();
        NeuronModelConformance.of(model).tests().forEach((DynamicTest test) -> {
            try {
                test.getExecutable().execute();
            } catch (Throwable e) {
                failed.add(test.getDisplayName().substring(test.getDisplayName().indexOf(": ") + 2));
            }
        });
        return failed;
    }

    @Test
    void aCorrectModelPasses() {
        assertEquals(List.of(), failing(new Leaky(Leaky.Defect.NONE)));
    }

    @Test
    void eachDefectIsCaughtByItsCheck() {
        assertEquals(List.of("update allocates nothing"), failing(new Leaky(Leaky.Defect.ALLOCATES)));
        assertEquals(List.of("update touches only its range", "thread splits give identical results"),
                failing(new Leaky(Leaky.Defect.TOUCHES_NEIGHBOUR)));
        assertEquals(List.of("validate changes nothing, set is all or nothing", "unknown names are refused"), failing(new Leaky(Leaky.Defect.SETS_PARTLY)));
        assertEquals(List.of("trial passes restore the state"), failing(new Leaky(Leaky.Defect.TRIAL_KEEPS_STATE)));
        assertEquals(List.of("parameters have units, defaults and descriptions"), failing(new Leaky(Leaky.Defect.BAD_UNIT)));
    }
}
