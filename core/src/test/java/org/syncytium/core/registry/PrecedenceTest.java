package org.syncytium.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.syncytium.api.neuron.NeuronModel;
import org.syncytium.api.plugin.ExtensionProvider;
import org.syncytium.core.fixtures.TestNeuronModel;

/** Two providers of one name: OSGi's order decides (highest service.ranking, then lowest service.id). */
class PrecedenceTest {

    @Test
    void equalRankingsKeepTheFirstRegisteredWhateverTheOrderOfArrival() {
        NeuronModel first = TestNeuronModel.leaky();
        NeuronModel second = TestNeuronModel.leaky();
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.add(NeuronModel.class, second, "b.bundle 1.0.0", 0, 42);
        registry.add(NeuronModel.class, first, "a.bundle 1.0.0", 0, 17);
        assertSame(first, registry.find(NeuronModel.class, "test_leaky").orElseThrow());
        List<ExtensionProvider> providers = registry.providers(NeuronModel.class);
        assertEquals(List.of(true, false), providers.stream().map(ExtensionProvider::active).toList());
        assertEquals(List.of("a.bundle 1.0.0", "b.bundle 1.0.0"), providers.stream().map(ExtensionProvider::origin).toList());
        assertEquals(1, registry.installed(NeuronModel.class).size());
    }

    @Test
    void higherRankingWinsAndTheShadowedProviderTakesOverWhenItGoes() {
        NeuronModel ranked = TestNeuronModel.leaky();
        NeuronModel plain = TestNeuronModel.leaky();
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.add(NeuronModel.class, plain, "plain 1.0.0", 0, 5);
        registry.add(NeuronModel.class, ranked, "ranked 1.0.0", 10, 99);
        assertSame(ranked, registry.find(NeuronModel.class, "test_leaky").orElseThrow());
        assertSame(ranked, registry.installed(NeuronModel.class).get(0));
        registry.remove(NeuronModel.class, ranked);
        assertSame(plain, registry.find(NeuronModel.class, "test_leaky").orElseThrow());
        assertEquals(List.of(true), registry.providers(NeuronModel.class).stream().map(ExtensionProvider::active).toList());
    }

    @Test
    void classPathRegistrationsRankZeroInRegistrationOrder() {
        NeuronModel first = TestNeuronModel.leaky();
        NeuronModel second = TestNeuronModel.leaky();
        ExtensionRegistry registry = new ExtensionRegistry();
        registry.add(first);
        registry.add(second);
        assertSame(first, registry.find(NeuronModel.class, "test_leaky").orElseThrow());
    }
}
