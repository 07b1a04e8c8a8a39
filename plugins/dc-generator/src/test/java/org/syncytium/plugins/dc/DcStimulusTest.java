package org.syncytium.plugins.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.random.RandomStream;

class DcStimulusTest {

    /** Records (target, global step, amplitude) of every current emitted. */
    private static final class Output implements StimulusOutput {
        final List<String> currents = new ArrayList<>();
        long origin;

        @Override
        public int targetCount() {
            return 2;
        }

        @Override
        public RandomStream stream(int target) {
            throw new AssertionError("dc_generator draws no random numbers");
        }

        @Override
        public void spikes(int target, int l, int multiplicity) {
            throw new AssertionError("dc_generator emits no spikes");
        }

        @Override
        public void spikes(int target, int l, int multiplicity, double weightFactor) {
            throw new AssertionError("dc_generator emits no spikes");
        }

        @Override
        public void current(int target, int l, double amplitude) {
            currents.add(target + "@" + (origin + l) + "=" + amplitude);
        }
    }

    @Test
    void describesItself() {
        DcGenerator model = new DcGenerator();
        assertEquals("dc_generator", model.name());
        assertEquals(StimulusKind.CURRENT, model.kind());
        assertEquals(0.0, model.parameters().defaults().get("amplitude"));
    }

    @Test
    void emitsAmplitudeOnActiveStepsOnly() {
        DcStimulus dc = (DcStimulus) new DcGenerator().create();
        dc.set("amplitude", 250.0);
        dc.set("start", 0.2);
        dc.set("stop", 0.4);
        dc.prepare(0.1); // active steps 1 and 2: NEST's current generators run one step ahead of the window
        Output out = new Output();
        for (int slice = 0; slice < 3; slice++) {
            out.origin = slice * 2L;
            dc.emit(out.origin, 0, 2, out);
        }
        assertEquals(List.of("0@1=250.0", "1@1=250.0", "0@2=250.0", "1@2=250.0"), out.currents);
    }

    @Test
    void activeFromTheFirstStepByDefault() {
        DcStimulus dc = (DcStimulus) new DcGenerator().create();
        dc.set("amplitude", -3);
        dc.prepare(0.1);
        Output out = new Output();
        dc.emit(0, 0, 2, out);
        assertEquals(List.of("0@0=-3.0", "1@0=-3.0", "0@1=-3.0", "1@1=-3.0"), out.currents);
    }

    @Test
    void rejectsNonFiniteAmplitudeAndStopBeforeStart() {
        DcStimulus dc = (DcStimulus) new DcGenerator().create();
        assertThrows(BadPropertyException.class, () -> dc.set("amplitude", Double.NaN));
        assertEquals(0.0, dc.get("amplitude"));
        dc.set("start", 5.0);
        dc.set("stop", 4.0);
        assertThrows(BadPropertyException.class, () -> dc.prepare(0.1));
    }
}
