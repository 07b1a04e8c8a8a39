package org.syncytium.launcher;

import java.util.List;

import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.synapse.SynapseModel;

/** The api's extension points, in the order {@code syncytium models} lists them. */
public final class ExtensionPoints {

    /**
     * One extension point.
     *
     * @param title heading in listings, e.g. {@code "Neuron models"}
     * @param type  the api interface plugins implement
     */
    public record Point(String title, Class<? extends Extension> type) {
    }

    /** All points. */
    public static final List<Point> ALL = List.of(
            new Point("Neuron models", NeuronModel.class),
            new Point("Synapse models", SynapseModel.class),
            new Point("Connection rules", ConnectionRule.class),
            new Point("Stimulus devices", StimulusDevice.class),
            new Point("Recorders", Recorder.class),
            new Point("Coupling solvers", CouplingSolver.class));

    private ExtensionPoints() {
    }
}
