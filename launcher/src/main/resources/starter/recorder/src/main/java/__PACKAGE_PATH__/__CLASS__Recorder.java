package __PACKAGE__;

import org.osgi.service.component.annotations.Component;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.record.RecordedKind;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.record.Recording;

/**
 * {@code __NAME__}: counts the spikes of each neuron connected to it after {@code start} ms,
 * without keeping the spikes themselves (memory grows with the neurons, not with the run).
 */
@Component(service = Recorder.class)
public final class __CLASS__Recorder implements Recorder {

    /** The name users give to {@code create}. */
    public static final String NAME = "__NAME__";

    static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.real("start", 0.0, "ms", "spikes at or before this time are not counted"));

    /** Public no-arg constructor for Declarative Services and for tests. */
    public __CLASS__Recorder() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "spike counts per neuron after start (read n_events, senders, counts)";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public RecordedKind kind() {
        return RecordedKind.SPIKES;
    }

    @Override
    public Recording create() {
        return new __CLASS__Recording();
    }
}
