package org.syncytium.testkit;

import java.util.List;

import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.neuron.RunContext;
import org.syncytium.api.neuron.SliceIO;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

/** A small leaky integrator with switchable defects, to show that each check of the suite can fail. */
final class Leaky implements NeuronModel {

    enum Defect { NONE, ALLOCATES, TOUCHES_NEIGHBOUR, SETS_PARTLY, TRIAL_KEEPS_STATE, BAD_UNIT }

    private final Defect defect;

    Leaky(Defect defect) {
        this.defect = defect;
    }

    @Override
    public String name() {
        return "leaky_" + defect.name().toLowerCase();
    }

    @Override
    public String description() {
        return "test model";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(ParameterSpec.real("tau_m", 10.0, defect == Defect.BAD_UNIT ? "msec" : "ms", "membrane time constant"),
                ParameterSpec.real("C_m", 250.0, "pF", "capacitance"),
                ParameterSpec.real("V_m", -70.0, "mV", "membrane potential"));
    }

    @Override
    public List<String> recordables() {
        return List.of("V_m");
    }

    @Override
    public boolean supportsGapJunctions() {
        return true;
    }

    @Override
    public Population createPopulation(int size) {
        return new Pop(size);
    }

    private final class Pop implements Population {
        final double[] tau;
        final double[] c;
        final double[] v;
        double h;
        int d;
        int k;
        Object kept;

        Pop(int n) {
            tau = new double[n];
            c = new double[n];
            v = new double[n];
            java.util.Arrays.fill(tau, 10.0);
            java.util.Arrays.fill(c, 250.0);
            java.util.Arrays.fill(v, -70.0);
        }

        @Override public NeuronModel model() { return Leaky.this; }
        @Override public int size() { return v.length; }

        private double[] array(String name) {
            return switch (name) {
                case "tau_m" -> tau;
                case "C_m" -> c;
                case "V_m" -> v;
                default -> throw new org.syncytium.api.error.UnknownNameException("parameter", name, List.of("tau_m", "C_m", "V_m"));
            };
        }

        @Override public double get(String name, int i) { return array(name)[i]; }

        @Override
        public void validate(int i, String[] names, double[] values) {
            for (int j = 0; j < names.length; j++) {
                array(names[j]);
                if (!(values[j] > 0) && !names[j].equals("V_m") || Double.isNaN(values[j])) {
                    throw new BadPropertyException(name(), names[j], values[j], "> 0");
                }
            }
        }

        @Override
        public void set(int i, String[] names, double[] values) {
            if (defect != Defect.SETS_PARTLY) {
                validate(i, names, values);
            }
            for (int j = 0; j < names.length; j++) {
                if (defect == Defect.SETS_PARTLY) {
                    validate(i, new String[] {names[j]}, new double[] {values[j]});
                }
                array(names[j])[i] = values[j];
            }
        }

        @Override public String option(String name) { return ""; }
        @Override public void setOption(String name, String value) { }
        @Override public int recordableIndex(String name) { return name.equals("V_m") ? 0 : -1; }
        @Override public double recordable(int index, int i) { return v[i]; }

        @Override
        public void prepare(RunContext context) {
            h = context.resolution();
            d = context.sliceSteps();
            k = context.interpolationOrder() + 1;
        }

        private void integrate(int i, SliceIO io, int l) {
            double input = io.currentInput()[i * d + l] + io.spikeExcitatory()[i * d + l];
            double gap = io.gapConductance() == null ? 0 : io.gapCoefficientsIn()[(i * d + l) * k] - io.gapConductance()[i] * v[i];
            v[i] += h * (-(v[i] + 70.0) / tau[i] + (input + gap) / c[i]);
        }

        @Override
        public void update(int from, int to, SliceIO io) {
            if (defect == Defect.ALLOCATES) {
                kept = new double[8];
            }
            for (int i = from; i < to; i++) {
                for (int l = io.firstStep(); l < io.endStep(); l++) {
                    integrate(i, io, l);
                    if (v[i] > -50.0) {
                        v[i] = -70.0;
                        io.spike(i, l);
                    }
                    io.gapCoefficientsOut()[(i * d + l) * k] = v[i];
                }
            }
            if (defect == Defect.TOUCHES_NEIGHBOUR && to < v.length) {
                v[to] += 1e-9;
            }
        }

        @Override
        public boolean trialUpdate(int from, int to, SliceIO io, double tolerance) {
            for (int i = from; i < to; i++) {
                double start = v[i];
                for (int l = 0; l < d; l++) {
                    io.gapCoefficientsOut()[(i * d + l) * k] = v[i];
                    integrate(i, io, l);
                }
                if (defect != Defect.TRIAL_KEEPS_STATE) {
                    v[i] = start;
                }
            }
            return false;
        }
    }
}
