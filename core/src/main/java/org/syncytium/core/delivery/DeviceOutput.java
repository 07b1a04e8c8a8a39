package org.syncytium.core.delivery;

import java.util.List;
import org.syncytium.api.device.StimulusOutput;
import org.syncytium.api.random.RandomStream;
import org.syncytium.api.record.Recording;
import org.syncytium.core.connect.DeviceTable;
import org.syncytium.core.random.StreamKeys;
import org.syncytium.core.random.Xoshiro256;
import org.syncytium.core.record.Sampling;

/**
 * Where one stimulus device's emissions go: straight into the targets' ring buffers, at step
 * (T + l + 1) + d − 1 for an emission at slice-local step l over a delay of d steps, scaled by the
 * connection weight (and by the multiplicity for spikes). A connection to a spike recorder records
 * the spikes instead, stamped at their emission (T + l + 1) with the device as sender, once per unit
 * of multiplicity, as NEST's spike_recorder writes them (with a precise spike's offset). Each
 * connection has its own random stream keyed by (rng_seed, device id, target id, occurrence), kept
 * across runs.
 */
public final class DeviceOutput implements StimulusOutput {
    private final DeviceTable table;
    private final int row;
    private final int count;
    private final RingBuffers rings;
    private final SliceClock clock;
    private final Xoshiro256[] streams;
    private final long deviceId;
    private final List<Recording> recordings;
    /** The multimeters' tables, where a multimeter that samples this device takes its recordables. */
    private final Sampling sampling;
    private final int device;

    /**
     * @param recordings every recording by kernel-wide recorder index (the targets of device → spike
     *                   recorder connections)
     * @param sampling   where multimeters that sample this device take its recordables
     */
    public DeviceOutput(DeviceTable table, int device, long deviceId, long seed, RingBuffers rings,
            SliceClock clock, List<Recording> recordings, Sampling sampling) {
        this.sampling = sampling;
        this.device = device;
        this.table = table;
        this.deviceId = deviceId;
        this.recordings = recordings;
        this.row = table.rowStart(device);
        this.count = table.rowStart(device + 1) - row;
        this.rings = rings;
        this.clock = clock;
        this.streams = new Xoshiro256[count];
        for (int t = 0; t < count; t++) {
            streams[t] = new Xoshiro256(StreamKeys.key(seed, StreamKeys.DEVICE_TARGET, deviceId,
                    table.targetId(row + t), table.occurrence(row + t)));
        }
    }

    /**
     * Keeps the streams of connections that existed before (their state continues), adds new ones.
     */
    public DeviceOutput carryOver(DeviceOutput previous) {
        if (previous != null) {
            System.arraycopy(previous.streams, 0, streams, 0, Math.min(previous.count, count));
        }
        return this;
    }

    @Override
    public int targetCount() {
        return count;
    }

    @Override
    public RandomStream stream(int target) {
        return streams[target];
    }

    @Override
    public void spikes(int target, int l, int multiplicity) {
        spikes(target, l, multiplicity, 1.0);
    }

    @Override
    public void spikes(int target, int l, int multiplicity, double weightFactor) {
        spikes(target, l, multiplicity, weightFactor, 0.0);
    }

    @Override
    public void spikes(int target, int l, int multiplicity, double weightFactor, double offset) {
        int k = row + target;
        int recorder = table.recorder(k);
        if (recorder >= 0) {
            Recording recording = recordings.get(recorder);
            for (int i = 0; i < multiplicity; i++) {
                if (offset == 0.0) {
                    recording.spike(deviceId, clock.origin() + l + 1);
                } else {
                    recording.spike(deviceId, clock.origin() + l + 1, offset);
                }
            }
            return;
        }
        // neurons on the grid take a precise spike at the end of its step: the offset only reaches recorders
        long step = clock.origin() + l + table.delay(k);
        int neuron = table.target(k);
        if (rings.anyCounting() && rings.counts(neuron)) {
            if (table.receptor(k) == 0) { // a parrot repeats, whatever the weight; receptor 1 it does not
                rings.addCount(neuron, step, multiplicity);
            }
            return;
        }
        rings.addSpike(neuron, step, table.weight(k) * weightFactor * multiplicity, table.receptor(k));
    }

    @Override
    public boolean sampled(int l) {
        return sampling.deviceSampled(device, l);
    }

    @Override
    public void record(int l, int variable, double value) {
        sampling.recordDevice(device, l, variable, value);
    }

    @Override
    public void current(int target, int l, double amplitude) {
        int k = row + target; // never a recorder: connecting a current device to one is refused
        long step = clock.origin() + l + table.delay(k);
        rings.addCurrent(table.target(k), step, table.weight(k) * amplitude);
    }
}
