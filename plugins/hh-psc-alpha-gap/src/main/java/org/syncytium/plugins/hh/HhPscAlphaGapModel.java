package org.syncytium.plugins.hh;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.param.ParameterSchema;

/**
 * NEST's {@code hh_psc_alpha_gap}: a Hodgkin-Huxley fast-spiking interneuron (Mancilla et al. 2007)
 * with alpha-shaped synaptic currents and gap-junction coupling, integrated exactly as NEST does
 * (adaptive RKF45 with GSL's step control), so that traces agree with NEST to rounding.
 * See {@code docs/models/hh_psc_alpha_gap.md}.
 */
@Component(service = NeuronModel.class)
public final class HhPscAlphaGapModel implements NeuronModel {

    public HhPscAlphaGapModel() {
        // DS needs a public no-arg constructor
    }

    /** The bundle starts: the lanes' warm-up may run (again) when a population asks for it. */
    @Activate
    void activate() {
        SimdWarmup.resume();
    }

    /**
     * The bundle stops, as at the end of every launcher run: a warm-up still running ends quietly, since
     * the framework may take the bundle's classes away under it (a run that failed early printed that as
     * a failure of the lanes).
     */
    @Deactivate
    void deactivate() {
        SimdWarmup.stop();
    }

    @Override
    public String name() {
        return HhParameters.MODEL;
    }

    @Override
    public String description() {
        return "Hodgkin-Huxley neuron (Na, Kv1, Kv3, leak) with alpha-shaped PSCs and gap junctions, NEST-exact RKF45";
    }

    @Override
    public ParameterSchema parameters() {
        return HhParameters.SCHEMA;
    }

    @Override
    public List<String> recordables() {
        return HhParameters.RECORDABLES;
    }

    @Override
    public boolean supportsGapJunctions() {
        return true;
    }

    @Override
    public Population createPopulation(int size) {
        return new HhPopulation(this, size);
    }
}
