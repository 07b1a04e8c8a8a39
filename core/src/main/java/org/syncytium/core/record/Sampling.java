package org.syncytium.core.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.syncytium.api.device.StimulusDevice;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.neuron.Population;
import org.syncytium.api.record.Recording;
import org.syncytium.core.connect.RecorderLinks;
import org.syncytium.core.node.NodeBlock;

/**
 * State sampling for multimeters. Each sampled neuron (or device with recordables) has a fixed row
 * in its multimeter's table, per slice-local step; the thread that owns the neuron (or runs the
 * device's emission) writes its values there when the step
 * falls on the multimeter's grid ((T + l + 1) mod interval = 0) and inside its recording's window
 * (decided once per slice, {@link #beginSlice}), so no locking is needed. At the
 * end of the pass the tables are handed to the recordings in (stamp, sender) order, identical for
 * any number of threads. Preallocated per run: sampling does not allocate.
 */
public final class Sampling {
    private final int sliceSteps;
    private final List<Recording> samplers = new ArrayList<>();
    private final long[] samplerIds;
    private final int[] intervalSteps;
    /** Per sampler: NEST's offset in steps (0: samples at the multiples of the interval). */
    private final int[] offsetSteps;
    private final int[][] rankNeuron;
    private final long[][] rankId;
    private final int[][] multiplicity;
    private final int[][][] recordables;
    /** Per sampler, the tables the workers write in this pass (swapped with the spare ones by {@link #swap()}). */
    private double[][] values;
    private boolean[][] written;
    /** The other tables: the last pass's samples after a {@link #swap()}, handed on by {@link #flushSwapped}. */
    private double[][] spareValues;
    private boolean[][] spareWritten;
    private final double[][] scratch;
    private final int[] rowStart;
    private final int[] entrySampler;
    private final int[] entryRank;
    /** The rows of sampled devices, by kernel-wide device index, as {@link #rowStart} for neurons. */
    private final int[] deviceRowStart;
    private final int[] deviceEntrySampler;
    private final int[] deviceEntryRank;
    /** Per sampler and row of a device: where each record_from variable is among the device's recordables. */
    private final int[][][] deviceRecordables;
    /**
     * Per sampler and slice-local step of the current slice ({@link #beginSlice}): the step ends on
     * the sampler's grid and its recording keeps the sample, index s · D + l.
     */
    private final boolean[] due;
    /** Per sampler: some step of the current slice is due. */
    private final boolean[] dueInSlice;

    /**
     * @param recorders       all recorder blocks (kernel-wide recorder index order)
     * @param populationOf    population index of each neuron index
     * @param populations     the neuron blocks
     * @param neuronIds       node id of each neuron index
     * @param devices         the stimulus device blocks (kernel-wide device index order), for multimeters
     *                        that sample devices
     * @throws BadPropertyException if a multimeter records a variable a sampled model does not have
     */
    public Sampling(RecorderLinks links, List<NodeBlock> recorders, int[] populationOf, List<NodeBlock> populations,
            long[] neuronIds, List<NodeBlock> devices, int sliceSteps, double resolution) {
        this.sliceSteps = sliceSteps;
        int neuronCount = populationOf.length;
        // the nodes per sampling recorder, sorted by node id, with multiplicity: neuron indices, and
        // devices as -1 - device index
        Map<Integer, TreeMap<Long, Integer>> byRecorder = new TreeMap<>();
        Map<Long, Integer> targetOf = new HashMap<>();
        for (int k = 0; k < links.sampleLinks(); k++) {
            int target = links.sampleNeuron(k);
            long id = target >= 0 ? neuronIds[target] : deviceId(devices, -1 - target);
            targetOf.put(id, target);
            byRecorder.computeIfAbsent(links.sampleRecorder(k), r -> new TreeMap<>()).merge(id, 1, Integer::sum);
        }
        int deviceCount = devices.isEmpty() ? 0 : devices.get(devices.size() - 1).deviceOffset()
                + devices.get(devices.size() - 1).size();
        int[] deviceEntries = new int[deviceCount + 1];
        int count = byRecorder.size();
        samplerIds = new long[count];
        intervalSteps = new int[count];
        offsetSteps = new int[count];
        rankNeuron = new int[count][];
        rankId = new long[count][];
        multiplicity = new int[count][];
        recordables = new int[count][][];
        deviceRecordables = new int[count][][];
        values = new double[count][];
        written = new boolean[count][];
        due = new boolean[count * sliceSteps];
        dueInSlice = new boolean[count];
        spareValues = new double[count][];
        spareWritten = new boolean[count][];
        scratch = new double[count][];
        int[] entries = new int[neuronCount + 1];
        int s = 0;
        for (Map.Entry<Integer, TreeMap<Long, Integer>> entry : byRecorder.entrySet()) {
            NodeBlock block = blockOf(recorders, entry.getKey());
            Recording recording = block.recordings().get(entry.getKey() - block.deviceOffset());
            samplers.add(recording);
            samplerIds[s] = block.firstId() + entry.getKey() - block.deviceOffset();
            double interval = recording.interval();
            intervalSteps[s] = (int) Math.round(interval / resolution);
            if (intervalSteps[s] < 1 || Math.abs(intervalSteps[s] * resolution - interval) > 1e-9 * interval) {
                throw new BadPropertyException(block.modelName(), "interval", interval,
                        "must be a multiple of the resolution " + resolution + " ms (node " + samplerIds[s] + ")");
            }
            double offset = recording.offset();
            offsetSteps[s] = (int) Math.round(offset / resolution);
            if (offset != 0 && (offsetSteps[s] < 1 || Math.abs(offsetSteps[s] * resolution - offset) > 1e-9 * offset)) {
                throw new BadPropertyException(block.modelName(), "offset", offset, "must be 0 or a multiple of the"
                        + " resolution " + resolution + " ms of at least one step (node " + samplerIds[s] + ")");
            }
            List<String> recordFrom = recording.recordFrom();
            int ranks = entry.getValue().size();
            rankNeuron[s] = new int[ranks];
            rankId[s] = new long[ranks];
            multiplicity[s] = new int[ranks];
            recordables[s] = new int[populations.size()][];
            deviceRecordables[s] = new int[ranks][];
            int r = 0;
            for (Map.Entry<Long, Integer> node : entry.getValue().entrySet()) {
                int n = targetOf.get(node.getKey());
                rankNeuron[s][r] = n;
                rankId[s][r] = node.getKey();
                multiplicity[s][r] = node.getValue();
                if (n < 0) {
                    deviceEntries[-1 - n + 1]++;
                    deviceRecordables[s][r] = deviceIndices(block, samplerIds[s], blockOf(devices, -1 - n), recordFrom);
                    r++;
                    continue;
                }
                entries[n + 1]++;
                int p = populationOf[n];
                if (recordables[s][p] == null) {
                    recordables[s][p] = indices(block, samplerIds[s], populations.get(p), recordFrom);
                }
                r++;
            }
            values[s] = new double[ranks * sliceSteps * recordFrom.size()];
            written[s] = new boolean[ranks * sliceSteps];
            spareValues[s] = new double[values[s].length];
            spareWritten[s] = new boolean[written[s].length];
            scratch[s] = new double[recordFrom.size()];
            s++;
        }
        for (int n = 0; n < neuronCount; n++) {
            entries[n + 1] += entries[n];
        }
        rowStart = entries;
        int[] fill = entries.clone();
        entrySampler = new int[entries[neuronCount]];
        entryRank = new int[entries[neuronCount]];
        for (int d = 0; d < deviceCount; d++) {
            deviceEntries[d + 1] += deviceEntries[d];
        }
        deviceRowStart = deviceEntries;
        int[] deviceFill = deviceEntries.clone();
        deviceEntrySampler = new int[deviceEntries[deviceCount]];
        deviceEntryRank = new int[deviceEntries[deviceCount]];
        for (s = 0; s < count; s++) {
            for (int r = 0; r < rankNeuron[s].length; r++) {
                int n = rankNeuron[s][r];
                if (n < 0) {
                    int at = deviceFill[-1 - n]++;
                    deviceEntrySampler[at] = s;
                    deviceEntryRank[at] = r;
                    continue;
                }
                int at = fill[n]++;
                entrySampler[at] = s;
                entryRank[at] = r;
            }
        }
    }

    private static long deviceId(List<NodeBlock> devices, int index) {
        NodeBlock block = blockOf(devices, index);
        return block.firstId() + index - block.deviceOffset();
    }

    /** Where each of {@code names} is among the device model's recordables. */
    private static int[] deviceIndices(NodeBlock recorder, long recorderId, NodeBlock device, List<String> names) {
        List<String> recordables = ((StimulusDevice) device.model()).recordables();
        int[] indices = new int[names.size()];
        for (int v = 0; v < indices.length; v++) {
            indices[v] = recordables.indexOf(names.get(v));
            if (indices[v] < 0) {
                throw new BadPropertyException(recorder.modelName(), "record_from", names.get(v),
                        "is not recordable by " + device.modelName() + " (node " + recorderId + " samples "
                                + device.idRange() + "); recordables: " + recordables);
            }
        }
        return indices;
    }

    private static NodeBlock blockOf(List<NodeBlock> blocks, int index) {
        for (NodeBlock block : blocks) {
            if (index >= block.deviceOffset() && index < block.deviceOffset() + block.size()) {
                return block;
            }
        }
        throw new IllegalStateException("no recorder or device " + index);
    }

    private static int[] indices(NodeBlock recorder, long recorderId, NodeBlock population, List<String> names) {
        int[] indices = new int[names.size()];
        for (int v = 0; v < indices.length; v++) {
            indices[v] = population.population().recordableIndex(names.get(v));
            if (indices[v] < 0) {
                throw new BadPropertyException(recorder.modelName(), "record_from", names.get(v),
                        "is not recordable by " + population.modelName() + " (node " + recorderId + " samples "
                                + population.idRange() + "); recordables: "
                                + ((NeuronModel) population.model()).recordables());
            }
        }
        return indices;
    }

    /**
     * Before the passes of the slice starting at step {@code originStep} (driver only): which steps
     * each sampler takes, on its grid and, with {@code windows}, inside its recording's window
     * ({@link Recording#acceptsSample}), asked once here instead of per neuron and step. Only the
     * process that records opens its recordings and so can ask them; the others take every step on
     * the grid and process 0's recordings drop what falls outside.
     */
    public void beginSlice(long originStep, boolean windows) {
        for (int s = 0; s < samplers.size(); s++) {
            Recording recording = samplers.get(s);
            boolean any = false;
            for (int l = 0; l < sliceSteps; l++) {
                long stamp = originStep + l + 1;
                boolean taken = onGrid(s, stamp) && (!windows || recording.acceptsSample(stamp));
                due[s * sliceSteps + l] = taken;
                any |= taken;
            }
            dueInSlice[s] = any;
        }
    }

    /**
     * Whether sampler {@code s} takes a sample stamped {@code stamp}: at the multiples of its interval, or
     * with an offset at offset, offset + interval, ... (NEST's rule).
     */
    private boolean onGrid(int s, long stamp) {
        int offset = offsetSteps[s];
        return offset == 0 ? stamp % intervalSteps[s] == 0 : stamp >= offset && (stamp - offset) % intervalSteps[s] == 0;
    }

    /** True if a multimeter samples neuron index {@code n} at some step of the current slice. */
    public boolean isSampled(int n) {
        for (int e = rowStart[n]; e < rowStart[n + 1]; e++) {
            if (dueInSlice[entrySampler[e]]) {
                return true;
            }
        }
        return false;
    }

    /** True if a multimeter samples neuron index {@code n} after slice-local step {@code l} of the current slice. */
    public boolean isSampledAfter(int n, int l) {
        for (int e = rowStart[n]; e < rowStart[n + 1]; e++) {
            if (due[entrySampler[e] * sliceSteps + l]) {
                return true;
            }
        }
        return false;
    }

    /** Reads the recordables of neuron {@code n} (local {@code i} in population {@code p}) after step l. */
    public void sample(Population population, int p, int n, int i, int l) {
        for (int e = rowStart[n]; e < rowStart[n + 1]; e++) {
            int s = entrySampler[e];
            if (!due[s * sliceSteps + l]) {
                continue;
            }
            int r = entryRank[e];
            int[] which = recordables[s][p];
            int base = (r * sliceSteps + l) * which.length;
            for (int v = 0; v < which.length; v++) {
                values[s][base + v] = population.recordable(which[v], i);
            }
            written[s][r * sliceSteps + l] = true;
        }
    }

    /** True if a multimeter samples device {@code device} (kernel-wide index) after slice-local step {@code l}. */
    public boolean deviceSampled(int device, int l) {
        for (int e = deviceRowStart[device]; e < deviceRowStart[device + 1]; e++) {
            if (due[deviceEntrySampler[e] * sliceSteps + l]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Device {@code device}'s recordable {@code variable} during slice-local step {@code l} (one thread per
     * device: the one that runs its emission).
     */
    public void recordDevice(int device, int l, int variable, double value) {
        for (int e = deviceRowStart[device]; e < deviceRowStart[device + 1]; e++) {
            int s = deviceEntrySampler[e];
            if (!due[s * sliceSteps + l]) {
                continue;
            }
            int r = deviceEntryRank[e];
            int[] which = deviceRecordables[s][r];
            int base = (r * sliceSteps + l) * which.length;
            for (int v = 0; v < which.length; v++) {
                if (which[v] == variable) {
                    values[s][base + v] = value;
                }
            }
            written[s][r * sliceSteps + l] = true;
        }
    }

    /** Hands the samples of steps [first, end) to the recordings, ordered by stamp, then sender. */
    public void flush(long originStep, int first, int end) {
        flush(values, written, originStep, first, end);
    }

    /** True if any multimeter samples (else there is nothing to hand on). */
    public boolean sampling() {
        return !samplers.isEmpty();
    }

    /**
     * Makes the tables the last pass wrote the spare ones and gives the next pass the other pair,
     * so that its samples may be handed on ({@link #flushSwapped}) while the next pass samples.
     * Call only between passes, with the spare tables handed on.
     */
    public void swap() {
        double[][] v = values;
        values = spareValues;
        spareValues = v;
        boolean[][] w = written;
        written = spareWritten;
        spareWritten = w;
    }

    /** As {@link #flush} for the samples in the spare tables (the pass before the last {@link #swap()}). */
    public void flushSwapped(long originStep, int first, int end) {
        flush(spareValues, spareWritten, originStep, first, end);
    }

    private void flush(double[][] values, boolean[][] written, long originStep, int first, int end) {
        for (int s = 0; s < samplers.size(); s++) {
            Recording recording = samplers.get(s);
            double[] row = scratch[s];
            int nv = row.length;
            for (int l = first; l < end; l++) {
                if (!onGrid(s, originStep + l + 1)) {
                    continue; // off this sampler's grid: nothing written (sample() checks the same)
                }
                for (int r = 0; r < rankNeuron[s].length; r++) {
                    int at = r * sliceSteps + l;
                    if (!written[s][at]) {
                        continue;
                    }
                    written[s][at] = false;
                    if (nv == 0) {
                        continue; // an empty record_from records nothing, as NEST's
                    }
                    System.arraycopy(values[s], at * nv, row, 0, nv);
                    for (int c = 0; c < multiplicity[s][r]; c++) {
                        recording.sample(rankId[s][r], originStep + l + 1, row);
                    }
                }
            }
        }
    }

    /** Clears the samples of steps [first, end) without handing them on (a process that does not record). */
    public void discard(int first, int end) {
        for (int s = 0; s < samplers.size(); s++) {
            for (int r = 0; r < rankNeuron[s].length; r++) {
                Arrays.fill(written[s], r * sliceSteps + first, r * sliceSteps + end, false);
            }
        }
    }

    int samplerCount() {
        return samplers.size();
    }

    /** Neuron index of row {@code r} of sampler {@code s}. */
    int rowNeuron(int s, int r) {
        return rankNeuron[s][r];
    }

    int rows(int s) {
        return rankNeuron[s].length;
    }

    /** Values per sample of sampler {@code s}. */
    int width(int s) {
        return scratch[s].length;
    }

    int sliceSteps() {
        return sliceSteps;
    }

    double[] values(int s) {
        return values[s];
    }

    boolean[] written(int s) {
        return written[s];
    }

    /** Forgets unflushed samples (a run that failed). */
    public void clear() {
        for (boolean[] flags : written) {
            Arrays.fill(flags, false);
        }
        for (boolean[] flags : spareWritten) {
            Arrays.fill(flags, false);
        }
    }
}
