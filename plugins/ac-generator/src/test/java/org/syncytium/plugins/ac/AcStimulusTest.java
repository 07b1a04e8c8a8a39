package org.syncytium.plugins.ac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.syncytium.api.device.StimulusKind;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.testkit.FakeStimulusOutput;

class AcStimulusTest {

    private static AcStimulus sine(double amplitude, double offset, double frequency, double phase) {
        AcStimulus ac = (AcStimulus) new AcGenerator().create();
        ac.set("amplitude", amplitude);
        ac.set("offset", offset);
        ac.set("frequency", frequency);
        ac.set("phase", phase);
        return ac;
    }

    @Test
    void describesItself() {
        AcGenerator model = new AcGenerator();
        assertEquals("ac_generator", model.name());
        assertEquals(StimulusKind.CURRENT, model.kind());
        assertEquals(0.0, model.parameters().defaults().get("frequency"));
    }

    @Test
    void sendsTheSineOfTheEndOfEachStep() {
        // 50 Hz, h = 0.1 ms: the current of step s is offset + amplitude sin(omega (s + 1) h + phi)
        AcStimulus ac = sine(10.0, 2.0, 50.0, 30.0);
        ac.prepare(0.1);
        FakeStimulusOutput out = new FakeStimulusOutput(2, 10, 1);
        double omega = 2 * Math.PI * 50.0 / 1000.0;
        double phi = Math.PI / 6;
        for (int slice = 0; slice < 20; slice++) {
            out.clear();
            ac.emit(slice * 10L, 0, 10, out);
            for (int l = 0; l < 10; l++) {
                double expected = 2.0 + 10.0 * Math.sin(omega * (slice * 10 + l + 1) * 0.1 + phi);
                assertEquals(expected, out.currentAt(0, l), 1e-11, "step " + (slice * 10 + l));
                assertEquals(out.currentAt(0, l), out.currentAt(1, l));
            }
        }
    }

    @Test
    void aNewRunRestartsTheOscillatorAtItsStartTime() {
        AcStimulus ac = sine(1.0, 0.0, 100.0, 0.0);
        ac.prepare(0.1);
        FakeStimulusOutput out = new FakeStimulusOutput(1, 5, 1);
        ac.emit(0, 0, 5, out);
        ac.set("phase", 90.0); // takes effect at the next run, as NEST's pre_run_hook reads it
        ac.prepare(0.1);
        out.clear();
        ac.emit(5, 0, 5, out);
        double omega = 2 * Math.PI * 100.0 / 1000.0;
        assertEquals(Math.sin(omega * 0.6 + Math.PI / 2), out.currentAt(0, 0), 1e-12);
    }

    @Test
    void theOscillatorTurnsWhileInactive() {
        AcStimulus ac = sine(1.0, 0.0, 20.0, 0.0);
        ac.set("start", 1.0);
        ac.set("stop", 2.0);
        ac.prepare(0.1); // active at steps 9 .. 18, one step ahead of the window as every current generator
        FakeStimulusOutput out = new FakeStimulusOutput(1, 30, 1);
        ac.emit(0, 0, 30, out);
        double omega = 2 * Math.PI * 20.0 / 1000.0;
        for (int l = 0; l < 30; l++) {
            double expected = l >= 9 && l < 19 ? Math.sin(omega * (l + 1) * 0.1) : 0.0;
            assertEquals(expected, out.currentAt(0, l), 1e-12, "step " + l);
        }
    }

    @Test
    void refusesWhatIsNotAFiniteNumber() {
        AcStimulus ac = (AcStimulus) new AcGenerator().create();
        BadPropertyException e = assertThrows(BadPropertyException.class, () -> ac.set("frequency", Double.NaN));
        assertEquals(true, e.getMessage().contains("frequency"), e.getMessage());
        assertEquals(0.0, ac.get("frequency"));
        assertThrows(BadPropertyException.class, () -> ac.set("amplitude", "loud"));
        assertThrows(RuntimeException.class, () -> ac.set("amplitud", 1.0));
    }
}
