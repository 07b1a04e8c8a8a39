package org.syncytium.core.util;

/**
 * Collects before the heap grows for a large array. Java's serial collector (the launcher's choice)
 * meets a large allocation by growing the heap as long as it is below its limit, without first
 * collecting the garbage already in it; building a large network leaves hundreds of MB of such
 * garbage (a rule's pair lists, the connection log once compiled), so the process grew to several
 * times the network's size. Before an array of at least {@link #LARGE_BYTES} that the committed heap
 * cannot hold, one full collection makes room from that garbage; the heap grows only if that does
 * not suffice. A handful of collections per large network, none for small ones or in steady state.
 */
public final class HeapRoom {

    /** Arrays below this size never trigger a collection (16 MiB). */
    public static final long LARGE_BYTES = 16L << 20;

    private HeapRoom() {
    }

    /** Call before allocating {@code bytes} in one array. */
    public static void before(long bytes) {
        if (bytes >= LARGE_BYTES && Runtime.getRuntime().freeMemory() < bytes) {
            System.gc();
        }
    }
}
