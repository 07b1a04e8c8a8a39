package org.syncytium.plugins.rules;

import java.util.Arrays;
import org.syncytium.api.connect.ConnectionRequest;

/** Sorted node ids of one side of a request, for counting how often a node occurs there (autapses). */
final class SortedIds {

    private SortedIds() {
    }

    /** The request's source ids, sorted. */
    static long[] sources(ConnectionRequest request) {
        long[] ids = new long[request.sourceCount()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = request.sourceId(i);
        }
        Arrays.sort(ids);
        return ids;
    }

    /** How often {@code id} occurs in {@code sorted}. */
    static int occurrences(long[] sorted, long id) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < id) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int count = 0;
        while (lo + count < sorted.length && sorted[lo + count] == id) {
            count++;
        }
        return count;
    }
}
