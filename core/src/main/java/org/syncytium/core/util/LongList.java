package org.syncytium.core.util;

import java.util.Arrays;

/** A growable {@code long} array: compact storage without one object per element. Not thread-safe. */
public final class LongList {
    private long[] data;
    private int size;

    public LongList() {
        this(16);
    }

    public LongList(int capacity) {
        data = new long[Math.max(1, capacity)];
    }

    /** Appends {@code value}, doubling the capacity when full (amortised O(1)). */
    public void add(long value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = value;
    }

    public long get(int i) {
        return data[i];
    }

    public int size() {
        return size;
    }

    /** Forgets the elements but keeps the capacity, so steady-state reuse does not allocate. */
    public void clear() {
        size = 0;
    }

    /** Drops the elements from {@code newSize} on (used to roll back a staged change). */
    public void truncate(int newSize) {
        size = newSize;
    }

    /** The backing array (valid up to {@link #size()}); for allocation-free sorting in place. */
    public long[] raw() {
        return data;
    }

    /** Removes the elements {@code i} with {@code drop[i]}, keeping the order of the others. */
    public void removeIf(boolean[] drop) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!drop[i]) {
                data[kept++] = data[i];
            }
        }
        size = kept;
    }

    /** A copy of the elements. */
    public long[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
