package org.syncytium.core.util;

import java.util.Arrays;

/** A growable {@code double} array: compact storage without one object per element. Not thread-safe. */
public final class DoubleList {
    private double[] data;
    private int size;

    public DoubleList() {
        this(16);
    }

    public DoubleList(int capacity) {
        data = new double[Math.max(1, capacity)];
    }

    /** Appends {@code value}, doubling the capacity when full (amortised O(1)). */
    public void add(double value) {
        if (size == data.length) {
            HeapRoom.before(8L * data.length * 2);
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = value;
    }

    /**
     * Makes room for {@code extra} more elements at once: at least an eighth more than now, so many
     * small calls stay amortised O(1), but no doubling slack on a large array (a large network's
     * connection log holds hundreds of MB).
     */
    public void reserve(int extra) {
        long needed = (long) size + extra;
        if (needed > data.length) {
            long grown = Math.max(needed, Math.min(Integer.MAX_VALUE - 8, data.length + (long) (data.length >> 3)));
            HeapRoom.before(8L * grown);
            data = Arrays.copyOf(data, Math.toIntExact(grown));
        }
    }

    /** Replaces element {@code i}. */
    public void set(int i, double value) {
        java.util.Objects.checkIndex(i, size());
        data[i] = value;
    }

    public double get(int i) {
        return data[i];
    }

    /** Elements the backing array holds before it must grow. */
    public int capacity() {
        return data.length;
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
    public double[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
