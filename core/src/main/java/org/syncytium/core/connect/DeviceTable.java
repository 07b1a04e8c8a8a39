package org.syncytium.core.connect;

import java.util.HashMap;
import java.util.Map;
import org.syncytium.core.util.DoubleList;
import org.syncytium.core.util.IntList;
import org.syncytium.core.util.LongList;

/**
 * Connections from stimulus devices to neurons and to spike recorders, compiled into rows per device (kernel-wide device
 * index) in creation order: the order in which {@code StimulusOutput} numbers a device's targets.
 * Each connection also carries its occurrence number among equal (device, target) pairs, which
 * names its random stream.
 */
public final class DeviceTable {
    private final IntList devices = new IntList();
    private final IntList targets = new IntList();
    private final LongList targetIds = new LongList();
    private final DoubleList weights = new DoubleList();
    private final IntList delays = new IntList();
    private final IntList receptors = new IntList();
    private final SynapseNameColumn names = new SynapseNameColumn();

    private int[] rowStart = new int[1];
    private int[] rowTarget = new int[0];
    private long[] rowTargetId = new long[0];
    private double[] rowWeight = new double[0];
    private int[] rowDelay = new int[0];
    private int[] rowReceptor = new int[0];
    private int[] rowOccurrence = new int[0];
    private int compiledSize = -1;
    private int compiledDevices = -1;

    /** @param name the synapse model name's index in the connection manager's list */
    void add(int device, int target, long targetId, double weight, int delaySteps, int receptor, int name) {
        names.add(name);
        devices.add(device);
        targets.add(target);
        targetIds.add(targetId);
        weights.add(weight);
        delays.add(delaySteps);
        receptors.add(receptor);
    }

    /** A connection to spike recorder {@code recorder} (kernel-wide recorder index), which records the device's spikes. */
    void addRecording(int device, int recorder, long recorderId, double weight, int delaySteps, int name) {
        add(device, -1 - recorder, recorderId, weight, delaySteps, 0, name);
    }

    /** Device index of connection {@code k} in creation order (not compiled order). */
    int createdDevice(int k) {
        return devices.get(k);
    }

    /** Target node id of connection {@code k} in creation order. */
    long createdTargetId(int k) {
        return targetIds.get(k);
    }

    /** Weight of connection {@code k} in creation order. */
    double createdWeight(int k) {
        return weights.get(k);
    }

    /** Receptor type of connection {@code k} in creation order. */
    int createdReceptor(int k) {
        return receptors.get(k);
    }

    /** The synapse model name index of connection {@code k} in creation order. */
    int createdName(int k) {
        return names.get(k);
    }

    /** Delay in steps of connection {@code k} in creation order. */
    int createdDelay(int k) {
        return delays.get(k);
    }

    /**
     * The creation index of the {@code occurrence}-th connection (0-based) from device {@code device}
     * to node {@code targetId}, or -1.
     */
    int locate(int device, long targetId, int occurrence) {
        int seen = 0;
        for (int k = 0; k < devices.size(); k++) {
            if (devices.get(k) == device && targetIds.get(k) == targetId && seen++ == occurrence) {
                return k;
            }
        }
        return -1;
    }

    /** Changes the weight of connection {@code k} (creation order); the rows follow at the next compile. */
    void setWeight(int k, double weight) {
        weights.set(k, weight);
        compiledSize = -1;
    }

    /** Changes the delay of connection {@code k} (creation order, steps); the rows follow at the next compile. */
    void setDelay(int k, int delaySteps) {
        delays.set(k, delaySteps);
        compiledSize = -1;
    }

    /**
     * Removes the connections {@code k} (creation order) with {@code drop[k]}; the rows follow at the
     * next compile. A later connection between the same device and target then has a lower occurrence
     * number, and so draws from that stream.
     */
    void remove(boolean[] drop) {
        devices.removeIf(drop);
        targets.removeIf(drop);
        targetIds.removeIf(drop);
        weights.removeIf(drop);
        delays.removeIf(drop);
        receptors.removeIf(drop);
        names.removeIf(drop);
        compiledSize = -1;
    }

    /** Number of device connections. */
    public int size() {
        return devices.size();
    }

    /** True if {@link #compile} would change the rows. */
    public boolean changedSince(int size, int deviceCount) {
        return size != compiledSize || deviceCount != compiledDevices;
    }

    /** Builds the per-device rows for {@code deviceCount} devices. */
    public void compile(int deviceCount) {
        if (!changedSince(size(), deviceCount)) {
            return;
        }
        int n = size();
        rowStart = new int[deviceCount + 1];
        for (int k = 0; k < n; k++) {
            rowStart[devices.get(k) + 1]++;
        }
        for (int d = 0; d < deviceCount; d++) {
            rowStart[d + 1] += rowStart[d];
        }
        int[] fill = rowStart.clone();
        rowTarget = new int[n];
        rowTargetId = new long[n];
        rowWeight = new double[n];
        rowDelay = new int[n];
        rowReceptor = new int[n];
        rowOccurrence = new int[n];
        Map<Long, Integer> seen = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int device = devices.get(k);
            int at = fill[device]++;
            rowTarget[at] = targets.get(k);
            rowTargetId[at] = targetIds.get(k);
            rowWeight[at] = weights.get(k);
            rowDelay[at] = delays.get(k);
            rowReceptor[at] = receptors.get(k);
            long pair = ((long) device << 40) ^ targetIds.get(k);
            rowOccurrence[at] = seen.merge(pair, 1, Integer::sum) - 1;
        }
        compiledSize = n;
        compiledDevices = deviceCount;
    }

    /** First connection of device {@code d}; the row ends at {@code rowStart(d + 1)}. */
    public int rowStart(int d) {
        return rowStart[d];
    }

    /** Target neuron index of compiled connection {@code k}; negative for a spike recorder (see {@link #recorder}). */
    public int target(int k) {
        return rowTarget[k];
    }

    /** The kernel-wide recorder index of compiled connection {@code k} if it records the device's spikes, else -1. */
    public int recorder(int k) {
        return rowTarget[k] < 0 ? -1 - rowTarget[k] : -1;
    }

    /** Target node id of compiled connection {@code k}. */
    public long targetId(int k) {
        return rowTargetId[k];
    }

    /** Weight of compiled connection {@code k} (pA per spike, or factor on a current). */
    public double weight(int k) {
        return rowWeight[k];
    }

    /** Delay of compiled connection {@code k} in steps. */
    public int delay(int k) {
        return rowDelay[k];
    }

    /** Receptor type of compiled connection {@code k} (0 unless its target model has several). */
    public int receptor(int k) {
        return rowReceptor[k];
    }

    /** How many earlier connections join the same device and target. */
    public int occurrence(int k) {
        return rowOccurrence[k];
    }
}
