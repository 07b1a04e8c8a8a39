package org.syncytium.core.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.syncytium.api.synapse.SpikeHistory;

class SpikeArchiveTest {

    @Test
    void selectsTheSpikesInTheHalfOpenWindowAndDecaysTheTrace() {
        SpikeArchive archive = new SpikeArchive();
        archive.register(3, -1.0, 1.0);
        archive.setTauMinus(3, 10.0);
        archive.spike(3, 2.0, 0.1);
        archive.spike(3, 5.0, 0.1);
        archive.spike(3, 9.0, 0.1);
        SpikeHistory history = archive.of(3);
        assertEquals(2, history.select(2.0, 9.0), "(2, 9]: the spikes at 5 and 9");
        assertEquals(5.0, history.selected(0));
        assertEquals(9.0, history.selected(1));
        // K- after the spike at 5: 1 + exp(-3/10); read at 7, strictly after it
        double after5 = Math.exp(-3.0 / 10) + 1.0;
        assertEquals(after5 * Math.exp(-2.0 / 10), history.kMinus(7.0), 1e-15);
        assertEquals(after5, history.kMinus(5.0 + 2e-6), 1e-5);
        assertEquals(Math.exp(-3.0 / 10), history.kMinus(5.0), 1e-15,
                "a spike at the same time does not count yet: the one at 2 does");
        assertEquals(0.0, history.kMinus(2.0), "nothing strictly before the first spike");
        // the nearest-neighbour trace sees only the latest spike strictly before t, as if K- were set to 1
        assertEquals(Math.exp(-2.0 / 10), history.nearestKMinus(7.0), 1e-15);
        assertEquals(Math.exp(-3.0 / 10), history.nearestKMinus(5.0), 1e-15, "the spike at 5 not yet: the one at 2");
        assertEquals(0.0, history.nearestKMinus(2.0));
    }

    @Test
    void forgetsASpikeOnlyOnceEveryConnectionReadItAndItIsOldEnough() {
        SpikeArchive archive = new SpikeArchive();
        archive.register(0, -1.0, 1.0);
        archive.register(0, -2.0, 2.0);
        archive.spike(0, 1.0, 1.0);
        archive.spike(0, 2.0, 1.0);
        archive.of(0).select(-1.0, 1.5); // one connection read the first spike
        archive.spike(0, 10.0, 1.0);
        assertEquals(3, archive.kept(0), "the second connection has not read it");
        archive.of(0).select(-2.0, 1.5);
        archive.spike(0, 20.0, 1.0);
        assertEquals(3, archive.kept(0), "read by both and the next spike is 18 ms older than the newest: gone");
        SpikeHistory history = archive.of(0);
        assertEquals(1, history.select(0.0, 2.5), "the spike at 1 is gone, the one at 2 kept");
        assertEquals(2.0, history.selected(0));
    }

    @Test
    void aNeuronWithoutPlasticInputKeepsNoHistory() {
        SpikeArchive archive = new SpikeArchive();
        archive.spike(5, 1.0, 1.0);
        assertEquals(0, archive.kept(5));
        assertEquals(0, archive.of(5).select(0.0, 2.0));
        assertEquals(SpikeHistory.DEFAULT_TAU_MINUS, archive.tauMinus(5));
    }
}
