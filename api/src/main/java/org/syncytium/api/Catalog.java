package org.syncytium.api;

import java.util.ArrayList;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.plugin.ExtensionProvider;

/** What the running distribution contains, per extension point. */
@ProviderType
public interface Catalog {

    /**
     * The installed extensions of one point, sorted by name: for each name the active provider
     * only (see {@link ExtensionProvider} for the rule that picks it).
     *
     * @param point e.g. {@code NeuronModel.class}, {@code CouplingSolver.class}
     */
    <T extends Extension> List<T> installed(Class<T> point);

    /**
     * Every provider of one point, sorted by name and, within a name, active first then the
     * shadowed ones in the order they would take over. The default lists {@link #installed} as
     * active providers of unknown origin.
     *
     * @since 1.1
     */
    default List<ExtensionProvider> providers(Class<? extends Extension> point) {
        List<ExtensionProvider> providers = new ArrayList<>();
        long order = 0;
        for (Extension extension : installed(point)) {
            providers.add(new ExtensionProvider(extension.name(), extension, "unknown", 0, order++, true));
        }
        return providers;
    }
}
