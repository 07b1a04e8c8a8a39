package org.syncytium.launcher;

import java.util.List;
import java.util.function.Predicate;

import org.syncytium.api.Catalog;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.synapse.SynapseModel;

/**
 * One of the api's extension points, with the heading {@code syncytium models} shows for it.
 *
 * @param title heading in listings, e.g. {@code "Neuron models"}
 * @param type  the api interface plugins implement
 */
public record ExtensionPoint(String title, Class<? extends Extension> type) {

    /** All points, in the order {@code syncytium models} lists them. */
    public static final List<ExtensionPoint> ALL = List.of(
            new ExtensionPoint("Neuron models", NeuronModel.class),
            new ExtensionPoint("Synapse models", SynapseModel.class),
            new ExtensionPoint("Connection rules", ConnectionRule.class),
            new ExtensionPoint("Stimulus devices", StimulusDevice.class),
            new ExtensionPoint("Recorders", Recorder.class),
            new ExtensionPoint("Coupling solvers", CouplingSolver.class));

    /** Whether a name is installed at any point of the factory's catalog (checked when asked: plugins come and go). */
    public static Predicate<String> installedIn(SimulatorFactory factory) {
        return name -> {
            Catalog catalog = factory.catalog();
            for (ExtensionPoint point : ALL) {
                for (Extension extension : catalog.installed(point.type())) {
                    if (extension.name().equals(name)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }
}
