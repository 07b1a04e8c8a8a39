package org.syncytium.core.connect;

import java.util.Map;
import org.syncytium.api.connect.ConnectionRequest;
import org.syncytium.core.spatial.Mask;
import org.syncytium.core.spatial.NodePositions;

/** A kernel request over nodes 1..n onto themselves with a mask, for tests of the spatial side. */
public final class SpatialRequests {
    private SpatialRequests() {
    }

    public static ConnectionRequest of(NodePositions positions, Mask mask, int n) {
        long[] ids = new long[n];
        for (int k = 0; k < n; k++) {
            ids[k] = k + 1;
        }
        KernelConnectionRequest request = new KernelConnectionRequest("masked", ids, ids, true, Map.of(), 1, 0, null);
        request.placeIn(positions, mask);
        return request;
    }
}
