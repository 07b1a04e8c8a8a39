package org.syncytium.plugins.pulsepacket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.syncytium.api.device.Stimulus;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.support.device.DeviceWindow;
import org.syncytium.support.device.Draws;
import org.syncytium.support.device.StepSchedule;

/**
 * One {@code pulsepacket_generator} node, following NEST's update: a packet's spike times are drawn
 * once its centre comes within 10 sdev (1 ms if sdev is 0) of a slice's start; a time x falls on step
 * ceil(x / h) (NEST's {@code Time::ms(x).get_steps()}) and is sent from that step, times before the
 * slice are dropped; whether the device is active is decided per slice, at its first step. After a
 * parameter changed (and at the first emission), centres more than that window before the current
 * time are skipped and the rest drawn afresh. NEST does that at every Simulate, which draws a packet
 * a second time when a Simulate starts within its window; here a run may be a piece of a Python
 * Simulate, and each packet is drawn once. The draws come from the stream of the first target, so
 * every target gets the same spikes.
 */
final class PulsepacketStimulus implements Stimulus {

    private static final String OWNER = PulsepacketGenerator.NAME;
    /** NEST's sdev_tolerance: packets are drawn this many sdev ahead of their centre. */
    private static final double SDEV_TOLERANCE = 10.0;
    /** The kernel's tics_per_ms, through which NEST maps times to steps (1000 unless a script sets it). */
    private double ticsPerMs = StepSchedule.DEFAULT_TICS_PER_MS;

    private List<Double> pulseTimes = List.of();
    private double[] centres = new double[0];
    private long activity;
    private double sdev;
    private final DeviceWindow window = new DeviceWindow();
    private double resolution = Double.NaN;
    /** The packets are scanned afresh at the next emission (parameters or resolution changed). */
    private boolean rescan = true;
    private double tolerance;
    private int start;
    private int stop;
    /** Drawn spike steps not yet sent, sorted in [0, pending). */
    private long[] spikes = new long[16];
    private int pending;

    @Override
    public Object get(String name) {
        PulsepacketGenerator.PARAMETERS.require(OWNER, name);
        return switch (name) {
            case "pulse_times" -> pulseTimes;
            case "activity" -> activity;
            case "sdev" -> sdev;
            default -> window.get(name);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(String name, Object value) {
        Object v = PulsepacketGenerator.PARAMETERS.convert(OWNER, name, value);
        rescan |= !DeviceWindow.owns(name);
        switch (name) {
            case "pulse_times" -> {
                List<Double> times = new ArrayList<>((List<Double>) v);
                for (double t : times) {
                    if (!Double.isFinite(t)) {
                        throw new BadPropertyException(OWNER, name, value, "must hold finite times in ms only (" + t + ")");
                    }
                }
                times.sort(null);
                pulseTimes = List.copyOf(times);
                pending = 0; // NEST drops the spikes drawn so far when the packets change
            }
            case "activity" -> {
                long a = (Long) v;
                if (a < 0 || a > Integer.MAX_VALUE) {
                    throw new BadPropertyException(OWNER, name, value, "must be >= 0 (spikes per packet)");
                }
                activity = a;
                pending = 0;
            }
            case "sdev" -> {
                double s = (Double) v;
                if (!(s >= 0) || Double.isInfinite(s)) {
                    throw new BadPropertyException(OWNER, name, value, "must be a finite number >= 0 ms");
                }
                sdev = s;
                pending = 0;
            }
            default -> window.set(OWNER, name, (Double) v);
        }
    }

    @Override
    public void prepare(double h) {
        prepare(h, StepSchedule.DEFAULT_TICS_PER_MS);
    }

    @Override
    public void prepare(double h, double tics) {
        window.prepare(OWNER, h);
        ticsPerMs = tics;
        if (h != resolution) {
            rescan = true;
            pending = 0; // drawn steps of another resolution
        }
        resolution = h;
        centres = pulseTimes.stream().mapToDouble(Double::doubleValue).toArray();
        tolerance = sdev > 0.0 ? sdev * SDEV_TOLERANCE : 1.0;
    }

    @Override
    public void emit(long originStep, int firstStep, int endStep, StimulusOutput out) {
        if (rescan) {
            skipPast((originStep + firstStep) * resolution);
            rescan = false;
        }
        long first = originStep + firstStep;
        if ((start == centres.length && pending == 0) || first <= window.tMin() || first > window.tMax()) {
            return;
        }
        while (stop < centres.length && (tics(centres[stop]) - first * ticsPerStep()) / ticsPerMs <= tolerance) {
            stop++;
        }
        if (start < stop && out.targetCount() > 0) {
            for (; start < stop; start++) {
                for (long i = 0; i < activity; i++) {
                    double x = sdev * Draws.standardNormal(out.stream(0)) + centres[start];
                    long step = steps(x);
                    if (step >= first) {
                        add(step);
                    }
                }
            }
            Arrays.sort(spikes, 0, pending);
        }
        start = Math.max(start, stop);
        int sent = 0;
        while (sent < pending && spikes[sent] < originStep + endStep) {
            long step = spikes[sent];
            int multiplicity = 0;
            while (sent < pending && spikes[sent] == step) {
                multiplicity++;
                sent++;
            }
            int l = (int) (step - originStep);
            for (int t = 0; t < out.targetCount(); t++) {
                out.spikes(t, l, multiplicity);
            }
        }
        System.arraycopy(spikes, sent, spikes, 0, pending - sent);
        pending -= sent;
    }

    /** As NEST's pre_run_hook: the packets whose centre lies more than the window before {@code now} are past. */
    private void skipPast(double now) {
        start = 0;
        stop = 0;
        while (stop < centres.length && centres[stop] - now <= tolerance) {
            if (Math.abs(centres[stop] - now) > tolerance) {
                start++;
            }
            stop++;
        }
    }

    /** NEST's {@code Time::ms(t)}: the nearest tic (rounded half up, truncated towards zero as its cast). */
    private long tics(double t) {
        return (long) (t * ticsPerMs + 0.5);
    }

    private long ticsPerStep() {
        return Math.round(resolution * ticsPerMs);
    }

    /** The step of time {@code t} ms as NEST's {@code Time::ms(t).get_steps()}: its tics rounded up to a step. */
    private long steps(double t) {
        long perStep = ticsPerStep();
        return (long) ((tics(t) + perStep - 1) * (1.0 / perStep));
    }

    private void add(long step) {
        if (pending == spikes.length) {
            spikes = Arrays.copyOf(spikes, 2 * pending);
        }
        spikes[pending++] = step;
    }
}
