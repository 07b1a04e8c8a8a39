package org.syncytium.launcher.felix;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;
import org.syncytium.api.SimulatorFactory;
import org.syncytium.launcher.LauncherException;

/**
 * Apache Felix embedded in the launcher: the system bundle exports the api packages from the class
 * path, every jar of a bundle folder is installed and started, and the kernel's
 * {@link SimulatorFactory} service is handed out. One instance per command; {@link #close()} stops
 * the framework and deletes its cache.
 */
public final class EmbeddedFramework implements AutoCloseable {

    /** How long to wait for the kernel's service by default. */
    public static final long DEFAULT_TIMEOUT_MS = 20_000;

    /** Symbolic name of the kernel bundle. */
    public static final String KERNEL = "org.syncytium.core";

    private final Framework framework;
    private final Path cache;
    private final FrameworkLog log;
    private final List<String> startProblems = new ArrayList<>();
    private final boolean borrowed;
    private ServiceTracker<SimulatorFactory, SimulatorFactory> tracker;
    private Thread cacheCleanup;
    private UnaryOperator<SimulatorFactory> factoryDecorator = UnaryOperator.identity();

    private EmbeddedFramework(Framework framework, Path cache, FrameworkLog log, boolean borrowed) {
        this.framework = framework;
        this.cache = cache;
        this.log = log;
        this.borrowed = borrowed;
    }

    /**
     * A view of this running framework for one command run inside the shell: its {@link #close()}
     * leaves the framework running, problems of earlier starts are not held against it, and its
     * factory is decorated as {@link #decorateFactory} says.
     */
    public EmbeddedFramework borrowed() {
        EmbeddedFramework view = new EmbeddedFramework(framework, cache, log, true);
        view.factoryDecorator = factoryDecorator;
        return view;
    }

    /** Wraps the factory that {@link #simulatorFactory} hands out (the shell's kernel settings). */
    public void decorateFactory(UnaryOperator<SimulatorFactory> decorator) {
        this.factoryDecorator = decorator;
    }

    /**
     * Starts Felix, installs every {@code *.jar} of {@code bundleDir} (in name order) and starts them.
     * Bundles that cannot start are left INSTALLED or RESOLVED and reported by {@link #startProblems()}.
     *
     * @param debugLog where the framework's log goes in {@code --debug} mode; null to keep it quiet
     * @throws LauncherException for a missing or empty bundle folder, or a framework that cannot start
     */
    public static EmbeddedFramework start(Path bundleDir, PrintStream debugLog) {
        return start(bundleDir, debugLog, Map.of());
    }

    /**
     * As {@link #start(Path, PrintStream)}, with further framework properties (e.g. the settings of
     * File Install, which reads them from its bundle context).
     */
    public static EmbeddedFramework start(Path bundleDir, PrintStream debugLog, Map<String, String> properties) {
        List<Path> jars = bundleJars(bundleDir);
        Path cache;
        try {
            cache = Files.createTempDirectory("syncytium-felix-");
        } catch (IOException e) {
            throw new LauncherException("cannot create the framework cache folder: " + e.getMessage(), e);
        }
        FrameworkLog log = new FrameworkLog(debugLog);
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ApiPackages.exportClause() + JdkModulePackages.extraClause());
        config.put("felix.log.logger", log);
        config.put("felix.log.level", debugLog == null ? "1" : "4");
        // SCR prints its own errors to stdout unless told otherwise; keep them for --debug.
        config.put("ds.loglevel", debugLog == null ? "error" : "debug");
        config.putAll(properties);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, String> stringConfig = (Map) config;
        Framework framework;
        try {
            framework = new FrameworkFactory().newFramework(stringConfig);
        } catch (RuntimeException e) {
            deleteRecursively(cache);
            throw e;
        }
        EmbeddedFramework embedded = new EmbeddedFramework(framework, cache, log, false);
        // A killed launcher (Ctrl-C) skips close(); the cache folder still goes.
        embedded.cacheCleanup = new Thread(() -> deleteRecursively(cache), "syncytium-felix-cache-cleanup");
        Runtime.getRuntime().addShutdownHook(embedded.cacheCleanup);
        try {
            framework.init();
            framework.start();
        } catch (BundleException e) {
            embedded.close();
            throw new LauncherException("the OSGi framework cannot start: " + e.getMessage(), e);
        }
        embedded.installAndStart(jars);
        return embedded;
    }

    /** The jars of a bundle folder, sorted by name; an error line if there are none. */
    public static List<Path> bundleJars(Path bundleDir) {
        if (!Files.isDirectory(bundleDir)) {
            throw new LauncherException("bundle folder " + bundleDir + " does not exist"
                    + " (build the distribution with ./syncytium or mvn package, or pass --bundles DIR)");
        }
        try (Stream<Path> files = Files.list(bundleDir)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            if (jars.isEmpty()) {
                throw new LauncherException("bundle folder " + bundleDir + " contains no .jar bundles");
            }
            return jars;
        } catch (IOException e) {
            throw new LauncherException("cannot read bundle folder " + bundleDir + ": " + e.getMessage(), e);
        }
    }

    private void installAndStart(List<Path> jars) {
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            Optional<String> plain = BundleStarter.notABundle(jar);
            if (plain.isPresent()) {
                startProblems.add(plain.get());
                continue;
            }
            try {
                installed.add(context.installBundle(jar.toUri().toString()));
            } catch (BundleException e) {
                startProblems.add(jar.getFileName() + " is not an installable bundle: " + BundleProblems.reason(e.getMessage()));
            }
        }
        BundleStarter starter = new BundleStarter();
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) { // fragments attach to their host
                starter.start(bundle).ifPresent(startProblems::add);
            }
        }
    }

    /** One line per bundle that could not be installed or started, empty if all are fine. */
    public List<String> startProblems() {
        return List.copyOf(startProblems);
    }

    /** Throws the first start problem as a {@link LauncherException}, naming how many more there are. */
    public void requireAllStarted() {
        if (!startProblems.isEmpty()) {
            String more = startProblems.size() > 1 ? " (and " + (startProblems.size() - 1) + " more problem(s); see 'syncytium bundles')" : "";
            throw new LauncherException(startProblems.get(0) + more);
        }
    }

    /** Every bundle except the system bundle, by id. */
    public List<BundleInfo> bundles() {
        List<BundleInfo> infos = new ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() != 0) {
                infos.add(BundleInfo.of(bundle));
            }
        }
        infos.sort(Comparator.comparingLong(BundleInfo::id));
        return infos;
    }

    /** The framework, for tests and the {@code bundles} command. */
    public Framework framework() {
        return framework;
    }

    /**
     * The kernel's factory, waiting up to {@code timeoutMs} for it to be registered. Then waits
     * briefly until the plugins' services have been bound (the catalog stops changing).
     *
     * @throws LauncherException naming the bundles that are not ACTIVE if the service does not appear
     */
    public SimulatorFactory simulatorFactory(long timeoutMs) {
        requireAllStarted();
        if (!anyBundleProvidesFactory()) {
            throw new LauncherException("no bundle in the bundle folder provides the SimulatorFactory service:"
                    + " the kernel bundle " + KERNEL + " is missing");
        }
        if (tracker == null) {
            tracker = new ServiceTracker<>(framework.getBundleContext(), SimulatorFactory.class, null);
            tracker.open();
        }
        SimulatorFactory factory;
        try {
            factory = tracker.waitForService(timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for the kernel");
        }
        if (factory == null) {
            throw new LauncherException(missingFactoryMessage(timeoutMs));
        }
        CatalogSettling.await(factory);
        return factoryDecorator.apply(factory);
    }

    /** bnd declares DS services as capabilities; the kernel's name is the fallback for other builds. */
    private boolean anyBundleProvidesFactory() {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            String provided = bundle.getHeaders().get(Constants.PROVIDE_CAPABILITY);
            if (KERNEL.equals(bundle.getSymbolicName())
                    || provided != null && provided.contains(SimulatorFactory.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private String missingFactoryMessage(long timeoutMs) {
        List<String> inactive = bundles().stream().filter(b -> !b.active())
                .filter(b -> !isFragment(b.id()))
                .map(b -> b.symbolicName() + " (" + b.state() + ")").collect(Collectors.toList());
        String seconds = String.format("%.0f s", timeoutMs / 1000.0);
        if (!inactive.isEmpty()) {
            return "no SimulatorFactory service after " + seconds + "; bundles not active: " + String.join(", ", inactive);
        }
        boolean kernel = bundles().stream().anyMatch(b -> b.symbolicName().equals("org.syncytium.core"));
        return kernel
                ? "no SimulatorFactory service after " + seconds + ": the kernel bundle org.syncytium.core is active but did not register it"
                        + " (run with --debug to see the framework's log)"
                : "no SimulatorFactory service after " + seconds + ": the kernel bundle org.syncytium.core is not in the bundle folder";
    }

    private boolean isFragment(long id) {
        Bundle bundle = framework.getBundleContext().getBundle(id);
        return bundle != null && bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    /** What the framework logged (for error reports and tests). */
    public List<String> logMessages() {
        return log.messages();
    }

    /** Stops the framework, waits for it and deletes the cache folder. */
    @Override
    public void close() {
        if (tracker != null) {
            tracker.close();
        }
        if (borrowed) {
            return; // the shell's framework keeps running
        }
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
        } catch (BundleException | InterruptedException | IllegalStateException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        deleteRecursively(cache);
        if (cacheCleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cacheCleanup);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs anyway
            }
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            if (Files.isDirectory(path)) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                    for (Path child : children) {
                        deleteRecursively(child);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover temp folder is harmless; the OS cleans its temp space.
        }
    }
}
