package org.syncytium.core.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.syncytium.api.Catalog;
import org.syncytium.api.Simulator;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.coupling.CouplingSolver;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.record.Recorder;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.core.kernel.KernelSimulatorFactory;
import org.syncytium.core.registry.ExtensionRegistry;
import org.syncytium.core.MachineOptions;

/**
 * The kernel as an OSGi service: tracks every installed extension through dynamic, greedy,
 * multiple references, so installing a plugin bundle makes its models appear at once and
 * uninstalling makes them go (simulators that still need them then report it by name).
 */
@Component(service = SimulatorFactory.class)
public final class OsgiSimulatorFactory implements SimulatorFactory {
    private final ExtensionRegistry registry = new ExtensionRegistry();
    /** Machine options per simulator: their system properties (e.g. syncytium.split) are read for each. */
    private final KernelSimulatorFactory delegate = new KernelSimulatorFactory(registry, MachineOptions::defaults);

    @Override
    public Simulator newSimulator() {
        return delegate.newSimulator();
    }

    @Override
    public Catalog catalog() {
        return delegate.catalog();
    }

    @Deactivate
    void deactivate() {
        // simulators made here keep their own references; nothing to release
    }

    /** Registers with what decides precedence among providers of one name (ranking, service id, bundle). */
    private void add(Class<? extends Extension> point, Extension extension, ServiceReference<?> reference) {
        if (reference == null) { // called directly, outside SCR (tests)
            registry.add(point, extension);
            return;
        }
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        Object id = reference.getProperty(Constants.SERVICE_ID);
        Bundle bundle = reference.getBundle();
        String origin = bundle == null ? "unknown bundle" : bundle.getSymbolicName() + " " + bundle.getVersion();
        registry.add(point, extension, origin, ranking instanceof Integer r ? r : 0,
                id instanceof Long l ? l : Long.MAX_VALUE);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeNeuronModel")
    void addNeuronModel(NeuronModel model, ServiceReference<NeuronModel> reference) {
        add(NeuronModel.class, model, reference);
    }

    void removeNeuronModel(NeuronModel model) {
        registry.remove(NeuronModel.class, model);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeSynapseModel")
    void addSynapseModel(SynapseModel model, ServiceReference<SynapseModel> reference) {
        add(SynapseModel.class, model, reference);
    }

    void removeSynapseModel(SynapseModel model) {
        registry.remove(SynapseModel.class, model);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeConnectionRule")
    void addConnectionRule(ConnectionRule rule, ServiceReference<ConnectionRule> reference) {
        add(ConnectionRule.class, rule, reference);
    }

    void removeConnectionRule(ConnectionRule rule) {
        registry.remove(ConnectionRule.class, rule);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeStimulusDevice")
    void addStimulusDevice(StimulusDevice device, ServiceReference<StimulusDevice> reference) {
        add(StimulusDevice.class, device, reference);
    }

    void removeStimulusDevice(StimulusDevice device) {
        registry.remove(StimulusDevice.class, device);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeRecorder")
    void addRecorder(Recorder recorder, ServiceReference<Recorder> reference) {
        add(Recorder.class, recorder, reference);
    }

    void removeRecorder(Recorder recorder) {
        registry.remove(Recorder.class, recorder);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeCouplingSolver")
    void addCouplingSolver(CouplingSolver solver, ServiceReference<CouplingSolver> reference) {
        add(CouplingSolver.class, solver, reference);
    }

    void removeCouplingSolver(CouplingSolver solver) {
        registry.remove(CouplingSolver.class, solver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeCommunicator")
    void addCommunicator(Communicator communicator, ServiceReference<Communicator> reference) {
        add(Communicator.class, communicator, reference);
    }

    void removeCommunicator(Communicator communicator) {
        registry.remove(Communicator.class, communicator);
    }
}
