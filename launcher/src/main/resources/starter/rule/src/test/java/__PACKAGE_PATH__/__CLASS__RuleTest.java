package __PACKAGE__;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.CollectingSink;
import org.syncytium.testkit.FakeConnectionRequest;

class __CLASS__RuleTest {

    private final __CLASS__Rule rule = new __CLASS__Rule();

    @Test
    void eachTargetGetsItsPredecessorsOnTheRing() {
        FakeConnectionRequest request = FakeConnectionRequest.within(rule, 5, Map.of("neighbours", 2), 1);
        rule.validate(request);
        CollectingSink sink = new CollectingSink();
        rule.connect(request, sink);
        List<int[]> pairs = sink.pairs();
        assertEquals(10, pairs.size());
        assertArrayEquals(new int[] {4, 0}, pairs.get(0));
        assertArrayEquals(new int[] {3, 0}, pairs.get(1));
        for (int j = 0; j < 5; j++) {
            assertEquals(2, sink.indegree(j));
        }
    }

    @Test
    void tooManyNeighboursAreRefused() {
        FakeConnectionRequest request = FakeConnectionRequest.within(rule, 3, Map.of("neighbours", 4), 1);
        assertThrows(BadPropertyException.class, () -> rule.validate(request));
    }
}
