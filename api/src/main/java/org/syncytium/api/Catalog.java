package org.syncytium.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.syncytium.api.plugin.Extension;

/** What the running distribution contains, per extension point. */
@ProviderType
public interface Catalog {

    /**
     * The installed extensions of one point, sorted by name.
     *
     * @param point e.g. {@code NeuronModel.class}, {@code CouplingSolver.class}
     */
    <T extends Extension> List<T> installed(Class<T> point);
}
