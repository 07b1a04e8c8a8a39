package org.syncytium.plugins.synchrony;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.support.record.RecordWindow;
import org.syncytium.api.record.RecordedKind;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.record.Recording;

/**
 * {@code synchrony_monitor}: connected like a multimeter to a population, it samples one state
 * variable (V_m by default) every {@code interval} ms within (start, stop] and reports the
 * Golomb-Rinzel synchrony measure {@code synchrony_chi} without keeping any trace. Not a NEST
 * model; NEST users compute chi offline from multimeter data.
 */
@Component(service = Recorder.class)
public final class SynchronyMonitor implements Recorder {

    static final String NAME = "synchrony_monitor";

    static final ParameterSchema PARAMETERS = ParameterSchema.of(
            ParameterSpec.textList("record_from", List.of("V_m"), "the one variable chi is computed from"),
            ParameterSpec.real("interval", 0.1, "ms", "sampling interval"),
            RecordWindow.START, RecordWindow.STOP, RecordWindow.ORIGIN,
            ParameterSpec.real("synchrony_chi", Double.NaN, "", "read-only: the measure so far"),
            ParameterSpec.integer("n_events", 0, "", "read-only: samples taken"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Golomb-Rinzel synchrony measure chi of V_m, computed online";
    }

    @Override
    public ParameterSchema parameters() {
        return PARAMETERS;
    }

    @Override
    public RecordedKind kind() {
        return RecordedKind.STATE;
    }

    @Override
    public Recording create() {
        return new SynchronyRecording();
    }
}
