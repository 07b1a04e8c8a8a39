package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.ExtensionProvider;
import org.syncytium.launcher.felix.EmbeddedFramework;

/** Two bundles providing one model name in real Felix: service.ranking decides, then the lower service.id. */
class ProviderRankingIT {

    @TempDir
    Path folder;

    private static List<ExtensionProvider> iaf(SimulatorFactory factory) {
        return factory.catalog().providers(NeuronModel.class).stream().filter(p -> p.name().equals("iaf_psc_alpha")).toList();
    }

    @Test
    void higherRankingShadowsTheShippedModelUntilItIsUninstalled() throws Exception {
        Path copy = BundleCopies.renamed(DistributionFolders.jar("syncytium-iaf-psc-alpha-"), folder.resolve("iaf-fast.jar"),
                "org.example.iaf-fast", 10);
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            Bundle fast = framework.framework().getBundleContext().installBundle(copy.toUri().toString());
            fast.start();
            FrameworkIT.waitFor(() -> iaf(factory).size() == 2);
            List<ExtensionProvider> providers = iaf(factory);
            assertTrue(providers.get(0).active() && providers.get(0).origin().startsWith("org.example.iaf-fast "), providers.toString());
            assertEquals(10, providers.get(0).ranking());
            assertTrue(!providers.get(1).active() && providers.get(1).origin().startsWith("org.syncytium.iaf-psc-alpha "));
            assertEquals(1, factory.catalog().installed(NeuronModel.class).stream().filter(m -> m.name().equals("iaf_psc_alpha")).count());

            fast.uninstall();
            FrameworkIT.waitFor(() -> iaf(factory).size() == 1);
            assertTrue(iaf(factory).get(0).origin().startsWith("org.syncytium.iaf-psc-alpha "));
        }
    }

    @Test
    void equalRankingKeepsTheProviderRegisteredFirst() throws Exception {
        Path copy = BundleCopies.renamed(DistributionFolders.jar("syncytium-iaf-psc-alpha-"), folder.resolve("iaf-copy.jar"),
                "org.example.iaf-copy", null);
        try (EmbeddedFramework framework = EmbeddedFramework.start(DistributionFolders.bundles(), null)) {
            SimulatorFactory factory = framework.simulatorFactory(EmbeddedFramework.DEFAULT_TIMEOUT_MS);
            framework.framework().getBundleContext().installBundle(copy.toUri().toString()).start();
            FrameworkIT.waitFor(() -> iaf(factory).size() == 2);
            List<ExtensionProvider> providers = iaf(factory);
            assertTrue(providers.get(0).origin().startsWith("org.syncytium.iaf-psc-alpha "), providers.toString());
            assertTrue(providers.get(0).serviceId() < providers.get(1).serviceId());
            assertTrue(!providers.get(1).active());
        }
    }
}
