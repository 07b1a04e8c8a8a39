package org.syncytium.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncytium.validation.Nest.dict;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.syncytium.api.NodeCollection;
import org.syncytium.api.Simulator;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.IllegalConnectionException;
import org.syncytium.api.error.SyncytiumException;
import org.syncytium.api.param.RandomParameter;

/**
 * Reference section 6.3 (NEST's test_gap_junction.py and test_symmetric_connections.py), the cases
 * that apply with the installed plugins: which gap-junction connections are legal, the errors for
 * the others (nothing may be connected when one is thrown), and how a gap junction enters
 * min_delay through wfr_comm_interval.
 */
class GapConnectionRulesTest {

    private static final Map<String, Object> GAP = dict("synapse_model", "gap_junction", "weight", 2.0);
    private static final Map<String, Object> SYMMETRIC = dict("rule", "one_to_one", "make_symmetric", true);

    private Simulator sim;
    private NodeCollection neurons;

    @BeforeEach
    void kernel() {
        sim = Syncytium.newSimulator();
        sim.setKernelStatus(dict("wfr_comm_interval", 2.0));
        neurons = sim.create("hh_psc_alpha_gap", 4);
    }

    @AfterEach
    void close() {
        sim.close();
    }

    private long connections() {
        return ((Number) sim.getKernelStatus("num_connections")).longValue();
    }

    /** Runs a connect that must fail with {@code type}, and checks that nothing was connected. */
    private <T extends SyncytiumException> T rejected(Class<T> type, Executable connect) {
        long before = connections();
        T error = assertThrows(type, connect);
        assertEquals(before, connections(), "a rejected connect must not create connections");
        System.out.println("[validation] 6.3 rejected as expected: " + error.getMessage());
        return error;
    }

    /** NEST's BadProperty for a non-symmetric gap-junction rule; our api calls it IllegalConnection. */
    private void rejectedAsNotSymmetric(Executable connect) {
        SyncytiumException error = rejected(SyncytiumException.class, connect);
        assertTrue(error instanceof BadPropertyException || error instanceof IllegalConnectionException,
                "expected BadProperty or IllegalConnection, got " + error.getClass().getSimpleName());
        assertTrue(error.getMessage().contains("make_symmetric"), "the message should name the fix: "
                + error.getMessage());
    }

    @Test
    void symmetricOneToOneAndAllToAllOnOneCollectionAreLegal() {
        NodeCollection a = neurons.slice(0, 1);
        NodeCollection b = neurons.slice(1, 2);
        assertDoesNotThrow(() -> sim.connect(a, b, SYMMETRIC, dict("synapse_model", "gap_junction")));
        assertDoesNotThrow(() -> sim.connect(a, b, SYMMETRIC, GAP));
        assertEquals(4, connections(), "make_symmetric makes two directed connections per pair");
        NodeCollection c = neurons.slice(2, 3);
        assertDoesNotThrow(() -> sim.connect(c, c, dict("rule", "all_to_all"), GAP));
        assertEquals(5, connections(), "all_to_all on one node makes one autapse");
    }

    @Test
    void delayIsRejected() {
        NodeCollection a = neurons.slice(0, 1);
        NodeCollection b = neurons.slice(1, 2);
        BadPropertyException e = rejected(BadPropertyException.class, () -> sim.connect(a, b, SYMMETRIC,
                dict("synapse_model", "gap_junction", "weight", 2.0, "delay", 2.0)));
        assertTrue(e.getMessage().contains("delay"), e.getMessage());
        rejected(BadPropertyException.class, () -> sim.connect(a, a, dict("rule", "all_to_all"),
                dict("synapse_model", "gap_junction", "delay", 2.0)));
    }

    @Test
    void oneToOneWithoutMakeSymmetricIsRejected() {
        rejectedAsNotSymmetric(() -> sim.connect(neurons.slice(0, 2), neurons.slice(2, 4),
                dict("rule", "one_to_one"), GAP));
        rejectedAsNotSymmetric(() -> sim.connect(neurons.slice(0, 2), neurons.slice(2, 4),
                dict("rule", "one_to_one", "make_symmetric", false), GAP));
    }

    @Test
    void fixedIndegreeAndFixedOutdegreeWithoutMakeSymmetricAreRejected() {
        rejectedAsNotSymmetric(() -> sim.connect(neurons, neurons, dict("rule", "fixed_indegree", "indegree", 3L),
                GAP));
        rejectedAsNotSymmetric(() -> sim.connect(neurons, neurons, dict("rule", "fixed_outdegree", "outdegree", 3L),
                GAP));
    }

    @Test
    void allToAllBetweenDifferentCollectionsIsRejected() {
        rejectedAsNotSymmetric(() -> sim.connect(neurons.slice(0, 2), neurons.slice(2, 4), dict("rule", "all_to_all"),
                GAP));
        // NEST compares collection identity, not content: two equal slices are different objects.
        rejectedAsNotSymmetric(() -> sim.connect(neurons.slice(0, 3), neurons.slice(0, 3), dict("rule", "all_to_all"),
                GAP));
    }

    @Test
    void makeSymmetricIsOnlyForOneToOne() {
        rejected(SyncytiumException.class, () -> sim.connect(neurons, neurons,
                dict("rule", "fixed_indegree", "indegree", 3L, "make_symmetric", true), GAP));
        rejected(SyncytiumException.class, () -> sim.connect(neurons, neurons,
                dict("rule", "fixed_outdegree", "outdegree", 3L, "make_symmetric", true), GAP));
        rejected(SyncytiumException.class, () -> sim.connect(neurons, neurons,
                dict("rule", "all_to_all", "make_symmetric", true), GAP));
    }

    @Test
    void makeSymmetricNeedsParametersThatCanBeRepeated() {
        rejected(SyncytiumException.class, () -> sim.connect(neurons.slice(0, 2), neurons.slice(2, 4), SYMMETRIC,
                dict("synapse_model", "gap_junction", "weight", RandomParameter.uniform(0.0, 1.0))));
    }

    @Test
    void aDeviceCannotSendGapJunctionWaveforms() {
        NodeCollection generator = sim.create("poisson_generator", 1);
        rejected(IllegalConnectionException.class, () -> sim.connect(generator, neurons.slice(0, 1), SYMMETRIC, GAP));
    }

    private double[] delayExtrema() {
        return new double[] {((Number) sim.getKernelStatus("min_delay")).doubleValue(),
            ((Number) sim.getKernelStatus("max_delay")).doubleValue()};
    }

    @Test
    void gapJunctionEntersMinDelayThroughTheCommunicationInterval() {
        // test_gap_junction.py test_min_delay: wfr_comm_interval 2.0 and a static delay of 3.0 or 1.0 ms.
        sim.connect(neurons.slice(0, 1), neurons.slice(1, 2), dict("rule", "one_to_one"), dict("delay", 3.0));
        assertEquals(3.0, delayExtrema()[0], 1e-12);
        assertEquals(3.0, delayExtrema()[1], 1e-12);
        sim.connect(neurons.slice(2, 3), neurons.slice(3, 4), SYMMETRIC, GAP);
        assertEquals(2.0, delayExtrema()[0], 1e-12);
        assertEquals(3.0, delayExtrema()[1], 1e-12);
    }

    @Test
    void aShorterChemicalDelayWinsOverTheCommunicationInterval() {
        sim.connect(neurons.slice(0, 1), neurons.slice(1, 2), dict("rule", "one_to_one"), dict("delay", 1.0));
        assertEquals(1.0, delayExtrema()[0], 1e-12);
        assertEquals(1.0, delayExtrema()[1], 1e-12);
        sim.connect(neurons.slice(2, 3), neurons.slice(3, 4), SYMMETRIC, GAP);
        assertEquals(1.0, delayExtrema()[0], 1e-12);
        assertEquals(2.0, delayExtrema()[1], 1e-12);
    }
}
