package org.syncytium.plugins.dc;

import org.syncytium.support.device.DeviceWindow;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;

/** One {@code dc_generator} node: emits its amplitude on every connection for each active step. */
public final class DcStimulus implements Stimulus {

    private static final String OWNER = DcGenerator.NAME;

    private double amplitude = 0.0;
    private final DeviceWindow window = new DeviceWindow();

    @Override
    public Object get(String name) {
        DcGenerator.PARAMETERS.require(OWNER, name);
        return name.equals("amplitude") ? (Object) amplitude : window.get(name);
    }

    @Override
    public void set(String name, Object value) {
        double v = (Double) DcGenerator.PARAMETERS.convert(OWNER, name, value);
        if (DeviceWindow.owns(name)) {
            window.set(OWNER, name, v);
            return;
        }
        if (!Double.isFinite(v)) {
            throw new BadPropertyException(OWNER, name, value, "must be a finite current in pA");
        }
        amplitude = v;
    }

    @Override
    public void prepare(double resolution) {
        window.prepare(OWNER, resolution);
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        int targets = out.targetCount();
        for (int l = firstStep; l < endStep; l++) {
            long step = originStep + l;
            // NEST's current generators are active at step T iff t_min < T + 2 <= t_max
            // (StimulationDevice::is_active), i.e. one step before a spike generator's window
            boolean active = step >= window.tMin() - 1 && step < window.tMax() - 1;
            if (out.sampled(l)) {
                out.record(l, 0, active ? amplitude : 0.0); // I, what this step sends
            }
            // a zero current adds nothing, so nothing is sent (as if the generator were off)
            if (!active || amplitude == 0.0) {
                continue;
            }
            for (int t = 0; t < targets; t++) {
                out.current(t, l, amplitude);
            }
        }
    }
}
