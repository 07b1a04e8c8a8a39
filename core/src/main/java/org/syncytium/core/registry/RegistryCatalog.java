package org.syncytium.core.registry;

import java.util.List;
import org.syncytium.api.Catalog;
import org.syncytium.api.plugin.Extension;
import org.syncytium.api.plugin.ExtensionProvider;

/** The {@link Catalog} view of a registry: what the running distribution contains. */
public final class RegistryCatalog implements Catalog {
    private final ExtensionRegistry registry;

    public RegistryCatalog(ExtensionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <T extends Extension> List<T> installed(Class<T> point) {
        return registry.installed(point);
    }

    @Override
    public List<ExtensionProvider> providers(Class<? extends Extension> point) {
        return registry.providers(point);
    }
}
