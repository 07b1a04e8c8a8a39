package org.syncytium.core.connect;

import org.syncytium.core.util.IntList;

/**
 * The synapse model name each connection of a creation-ordered list was made under (a
 * {@code CopyModel} copy keeps its own name), as an index into the connection manager's list of
 * names. Kept as runs, since a connect call adds one name to all its connections: nothing beyond the
 * first name while every entry has it (a table that only ever holds {@code static_synapse} pays
 * nothing), two ints per run otherwise.
 */
final class SynapseNameColumn {
    /** The first name added, -1 before any: every entry's while {@link #runStarts} is null. */
    private int first = -1;
    /** Entry k has {@code runNames[i]} of the last {@code runStarts[i] <= k}; null while all have {@link #first}. */
    private IntList runStarts;
    private IntList runNames;
    private int size;

    void add(int name) {
        if (first < 0) {
            first = name;
        }
        if (name != first && runStarts == null) {
            runStarts = new IntList();
            runNames = new IntList();
            if (size > 0) {
                runStarts.add(0);
                runNames.add(first);
            }
        }
        if (runStarts != null && (runNames.size() == 0 || runNames.get(runNames.size() - 1) != name)) {
            runStarts.add(size);
            runNames.add(name);
        }
        size++;
    }

    int size() {
        return size;
    }

    /** True while every entry has the same name ({@link #first()}, or none at all). */
    boolean uniform() {
        return runStarts == null;
    }

    /** True if some entry may have a name other than {@code name}. */
    boolean mayHoldOtherThan(int name) {
        return size > 0 && (first != name || runStarts != null);
    }

    /** False if no entry has name {@code name} (true may be either). */
    boolean mayHold(int name) {
        return size > 0 && (name == first || runStarts != null);
    }

    /** The first name added, -1 before any. */
    int first() {
        return first;
    }

    /** The name index of entry {@code k}. */
    int get(int k) {
        if (runStarts == null) {
            return first;
        }
        int low = 0;
        int high = runStarts.size() - 1;
        while (low < high) { // the last run that starts at or before k
            int mid = (low + high + 1) >>> 1;
            if (runStarts.get(mid) <= k) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return runNames.get(low);
    }

    /** Removes the entries {@code k} with {@code drop[k]}, keeping the order of the others. */
    void removeIf(boolean[] drop) {
        if (runStarts == null) {
            int kept = 0;
            for (int k = 0; k < size; k++) {
                kept += drop[k] ? 0 : 1;
            }
            size = kept;
            return;
        }
        int[] names = new int[size];
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (!drop[k]) {
                names[kept++] = get(k);
            }
        }
        int keepFirst = first;
        runStarts = null;
        runNames = null;
        first = -1;
        size = 0;
        for (int k = 0; k < kept; k++) {
            add(names[k]);
        }
        first = kept == 0 ? keepFirst : first;
    }
}
