package org.syncytium.core.connect;

import org.syncytium.core.util.IntList;

/**
 * The synapse model name each connection of a creation-ordered list was made under (a
 * {@code CopyModel} copy keeps its own name), as an index into the connection manager's list of names.
 * No array while every connection has the first name the list saw: a table that only ever holds
 * {@code static_synapse} connections pays nothing for it.
 */
final class SynapseNameColumn {
    /** The first name added, -1 before any; every entry's while {@link #each} is null. */
    private int first = -1;
    private IntList each;
    private int size;

    void add(int name) {
        if (first < 0) {
            first = name;
        }
        if (name != first && each == null) {
            each = new IntList(Math.max(16, size + 1));
            for (int k = 0; k < size; k++) {
                each.add(first);
            }
        }
        if (each != null) {
            each.add(name);
        }
        size++;
    }

    /** The name index of entry {@code k}. */
    int get(int k) {
        return each == null ? first : each.get(k);
    }

    /** Removes the entries {@code k} with {@code drop[k]}, keeping the order of the others. */
    void removeIf(boolean[] drop) {
        if (each != null) {
            each.removeIf(drop);
        }
        int kept = 0;
        for (int k = 0; k < size; k++) {
            kept += drop[k] ? 0 : 1;
        }
        size = kept;
    }
}
