package org.syncytium.launcher.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.framework.FrameworkFactory;
import org.apache.felix.resolver.Logger;
import org.apache.felix.resolver.ResolverImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wire;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.HostedCapability;
import org.osgi.service.resolver.ResolutionException;
import org.osgi.service.resolver.ResolveContext;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.ApiPackages;
import org.syncytium.launcher.felix.BundleStarter;

/**
 * Finds the bundles a distribution needs with Apache Felix's resolver (the one inside the
 * framework): the candidate jars are installed, not started, into a throw-away framework whose
 * system bundle exports what the launcher's does; Felix parses their manifests into capabilities
 * and requirements; {@link ResolverImpl} then resolves a synthetic resource that requires the
 * kernel and every wanted extension. The bundles the resolution wires in are the distribution:
 * what they import (packages, the Declarative Services extender, ...) is pulled in by the same
 * resolution, nothing by hand.
 */
public final class BundleResolver {

    private BundleResolver() {
    }

    /** The outcome: the jars to ship, in name order. */
    public record Resolution(List<Path> jars, List<String> symbolicNames) {
    }

    /**
     * Resolves {@code wanted} against {@code candidates}.
     *
     * @throws LauncherException naming what no candidate provides, and who wanted it
     */
    public static Resolution resolve(List<Path> candidates, List<Wanted> wanted) {
        Path cache;
        try {
            cache = Files.createTempDirectory("syncytium-resolve-");
        } catch (IOException e) {
            throw new LauncherException("cannot create a temporary folder for the resolver: " + e.getMessage(), e);
        }
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ApiPackages.exportClause());
        config.put("felix.log.level", "0");
        Framework framework = new FrameworkFactory().newFramework(config);
        try {
            framework.init();
            Map<BundleRevision, Path> revisions = new LinkedHashMap<>();
            for (Path jar : candidates) {
                if (BundleStarter.notABundle(jar).isPresent()) {
                    continue;
                }
                try {
                    Bundle bundle = framework.getBundleContext().installBundle(jar.toUri().toString());
                    revisions.put(bundle.adapt(BundleRevision.class), jar);
                } catch (BundleException e) {
                    // a duplicate or broken jar is simply not a candidate
                }
            }
            BundleRevision system = framework.adapt(BundleRevision.class);
            Request request = new Request(wanted);
            Map<Resource, List<Wire>> wiring = new ResolverImpl(new Logger(Logger.LOG_ERROR))
                    .resolve(new Context(request, system, revisions.keySet()));
            List<Path> jars = new ArrayList<>();
            Set<String> names = new TreeSet<>();
            for (Resource resource : wiring.keySet()) {
                Path jar = revisions.get(resource);
                if (jar != null) {
                    jars.add(jar);
                    names.add(((BundleRevision) resource).getSymbolicName());
                }
            }
            jars.sort(null);
            return new Resolution(jars, List.copyOf(names));
        } catch (ResolutionException e) {
            throw new LauncherException(explain(e, wanted) + nearest(e, candidates));
        } catch (BundleException e) {
            throw new LauncherException("the resolver's framework cannot start: " + e.getMessage(), e);
        } finally {
            try {
                framework.stop();
                framework.waitForStop(10_000);
            } catch (BundleException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteRecursively(cache);
        }
    }

    /** One line: the wanted extension (and who wanted it), or the package or capability nothing offers. */
    private static String explain(ResolutionException e, List<Wanted> wanted) {
        List<String> lines = new ArrayList<>();
        for (Requirement requirement : e.getUnresolvedRequirements()) {
            String filter = requirement.getDirectives().get("filter");
            if (requirement.getResource() instanceof Request) {
                for (Wanted w : wanted) {
                    if (w.filter().equals(filter)) {
                        lines.add(w.describe() + " (" + w.why() + ")");
                    }
                }
                if (filter != null && filter.contains(SimulatorFactory.class.getName())) {
                    lines.add("the kernel (bundle org.syncytium.core)");
                }
            } else if (requirement.getResource() instanceof BundleRevision needer) {
                lines.add(requirement.getNamespace() + " " + filter + " needed by bundle " + needer.getSymbolicName());
            }
        }
        if (lines.isEmpty()) {
            String message = e.getMessage() == null ? "unknown reason" : e.getMessage().lines().findFirst().orElse("");
            return "the bundles cannot be resolved: " + message;
        }
        return "no bundle of the candidates provides " + String.join("; ", lines);
    }

    /** "; did you mean ..." for a wanted name that no candidate declares, from the names they do declare. */
    private static String nearest(ResolutionException e, List<Path> candidates) {
        List<String> names = new ArrayList<>();
        for (Path jar : candidates) {
            org.syncytium.launcher.felix.BundleIndex.read(jar).ifPresent(entry -> entry.capabilities().stream()
                    .filter(c -> c.names().contains(Wanted.NAMESPACE)).forEach(c -> names.add(c.attributes().get("name"))));
        }
        for (Requirement requirement : e.getUnresolvedRequirements()) {
            String filter = requirement.getDirectives().get("filter");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(name=([^)]+)\\)").matcher(filter == null ? "" : filter);
            if (requirement.getResource() instanceof Request && m.find()) {
                return org.syncytium.api.param.ParameterSchema.nearest(m.group(1), names).map(n -> "; did you mean " + n + "?").orElse("");
            }
        }
        return "";
    }

    /** The synthetic resource whose requirements are the distribution's: the kernel and the wanted extensions. */
    private static final class Request implements Resource {
        private final List<Requirement> requirements = new ArrayList<>();

        Request(List<Wanted> wanted) {
            requirements.add(new Need(this, "osgi.service", "(objectClass=" + SimulatorFactory.class.getName() + ")"));
            for (Wanted w : wanted) {
                requirements.add(new Need(this, Wanted.NAMESPACE, w.filter()));
            }
        }

        @Override
        public List<Capability> getCapabilities(String namespace) {
            return List.of();
        }

        @Override
        public List<Requirement> getRequirements(String namespace) {
            return namespace == null ? requirements
                    : requirements.stream().filter(r -> r.getNamespace().equals(namespace)).toList();
        }
    }

    private record Need(Resource resource, String namespace, String filter) implements Requirement {
        @Override
        public String getNamespace() {
            return namespace;
        }

        @Override
        public Map<String, String> getDirectives() {
            return Map.of("filter", filter);
        }

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of();
        }

        @Override
        public Resource getResource() {
            return resource;
        }
    }

    /** What the resolver may use: the system bundle and the candidates, matched by filter. */
    private static final class Context extends ResolveContext {
        private final Request request;
        private final BundleRevision system;
        private final Collection<BundleRevision> candidates;

        Context(Request request, BundleRevision system, Collection<BundleRevision> candidates) {
            this.request = request;
            this.system = system;
            this.candidates = candidates;
        }

        @Override
        public Collection<Resource> getMandatoryResources() {
            return List.of(request);
        }

        @Override
        public List<Capability> findProviders(Requirement requirement) {
            String text = requirement.getDirectives().get("filter");
            Filter filter;
            try {
                filter = text == null ? null : FrameworkUtil.createFilter(text);
            } catch (InvalidSyntaxException e) {
                return new ArrayList<>();
            }
            List<Capability> found = new ArrayList<>();
            List<BundleRevision> providers = new ArrayList<>();
            providers.add(system); // what the launcher's system bundle offers comes first
            providers.addAll(candidates);
            for (BundleRevision provider : providers) {
                for (Capability capability : provider.getCapabilities(requirement.getNamespace())) {
                    if (filter == null || filter.matches(capability.getAttributes())) {
                        found.add(capability);
                    }
                }
            }
            return found;
        }

        @Override
        public int insertHostedCapability(List<Capability> capabilities, HostedCapability hosted) {
            capabilities.add(hosted);
            return capabilities.size() - 1;
        }

        @Override
        public boolean isEffective(Requirement requirement) {
            String effective = requirement.getDirectives().get(Constants.EFFECTIVE_DIRECTIVE);
            return effective == null || effective.equals(Constants.EFFECTIVE_RESOLVE);
        }

        @Override
        public Map<Resource, Wiring> getWirings() {
            Wiring wiring = system.getWiring();
            return wiring == null ? Collections.emptyMap() : Map.of(system, wiring);
        }
    }

    private static void deleteRecursively(Path path) {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
