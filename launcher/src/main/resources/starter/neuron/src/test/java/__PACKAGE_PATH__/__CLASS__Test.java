package __PACKAGE__;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.syncytium.api.neuron.Population;
import org.syncytium.testkit.FakeRunContext;
import org.syncytium.testkit.FakeSliceIO;
import org.syncytium.testkit.NeuronModelConformance;

class __CLASS__Test {

    /** What the kernel needs of every neuron model (Syncytium's plugin test kit). */
    @TestFactory
    Stream<DynamicTest> conformance() {
        return NeuronModelConformance.of(new __CLASS__Model()).tests();
    }

    /** A constant current above rheobase fires with the analytic interval t_ref + tau ln(I R / (I R - theta)). */
    @Test
    void constantCurrentFiresAtTheAnalyticRate() {
        double h = 0.01;
        FakeRunContext context = new FakeRunContext(h, 10, 0, false);
        Population p = new __CLASS__Model().createPopulation(1);
        p.set(0, new String[] {"I_e"}, new double[] {500.0});
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        for (int s = 0; s < 1000; s++) { // 100 ms
            p.update(0, 1, io);
            io.nextSlice();
        }
        double rTimesI = 10.0 / 250.0 * 500.0; // tau_m / C_m * I_e, mV
        double interval = 10.0 * Math.log(rTimesI / (rTimesI - 15.0));
        double first = io.spikeStamp(0) * h;
        assertEquals(interval, first, h, "first spike");
        double period = (io.spikeStamp(1) - io.spikeStamp(0)) * h;
        assertEquals(interval + 2.0, period, h, "inter-spike interval");
    }

    /** Spike input is a voltage jump of weight mV. */
    @Test
    void aSpikeMakesVmJumpByItsWeight() {
        FakeRunContext context = new FakeRunContext(0.1, 10, 0, false);
        Population p = new __CLASS__Model().createPopulation(1);
        p.prepare(context);
        FakeSliceIO io = FakeSliceIO.of(1, context);
        io.spikeExcitatory()[3] = 2.5;
        p.update(0, 1, io);
        double decay = Math.exp(-0.1 * 6 / 10.0); // after step 3, six more steps of leak towards E_L
        assertEquals(-70.0 + 2.5 * decay, p.get("V_m", 0), 1e-12);
    }
}
