package org.syncytium.api.plugin;

import java.util.Objects;

/**
 * One registration of an extension under a name, as {@code syncytium models} shows it. Several
 * bundles may provide the same name; the kernel uses exactly one of them, chosen by OSGi's own
 * service order: the highest {@code service.ranking} wins, and among equal rankings the lowest
 * {@code service.id} (the provider registered first). The others are shadowed until the active one
 * goes away. On the class path (no OSGi) the ranking is 0 and the id is the registration order.
 *
 * @param name      the extension's {@link Extension#name()}
 * @param extension the extension object
 * @param origin    where it comes from, e.g. {@code "org.syncytium.iaf_psc_alpha 0.1.0"} or
 *                  {@code "class path"}
 * @param ranking   OSGi {@code service.ranking} (0 unless the provider sets it)
 * @param serviceId OSGi {@code service.id}, or the registration order on the class path
 * @param active    true for the provider the kernel uses for this name
 * @since 1.1
 */
public record ExtensionProvider(String name, Extension extension, String origin, int ranking, long serviceId,
        boolean active) {

    /** Checks that the descriptive fields are present. */
    public ExtensionProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(origin, "origin");
    }
}
