package org.syncytium.launcher.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.Felix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * A start that Felix backs out of for a lock conflict is tried again, so the user reads why the
 * bundle cannot start. Felix fails a start with "Unable to acquire global lock for resolve" when the
 * thread holding its global lock (File Install refreshing a drop, another start) needs the lock of
 * the bundle this start holds: it interrupts the waiting start to avoid a deadlock. That interleaving
 * needs another thread to take the global lock between the start's two lock acquisitions, with no
 * callback in between to hold it there, so {@link #bundle} throws Felix's exact exceptions; the last
 * test races real starts against real refreshes instead (about 3 % of plain starts lose, measured).
 */
class LockConflictTest {

    private static final String LOCK_CONFLICT = "Unable to acquire global lock for resolve. Unresolved requirements: []";
    private static final String UNRESOLVED = "Unable to resolve org.syncytium.spike-recorder [7](R 7.0): missing requirement"
            + " [org.syncytium.spike-recorder [7](R 7.0)] osgi.wiring.package; (&(osgi.wiring.package=org.syncytium.support.spikes)"
            + "(version>=0.1.0)(!(version>=1.0.0))) Unresolved requirements: [[org.syncytium.spike-recorder [7](R 7.0)]"
            + " osgi.wiring.package; (&(osgi.wiring.package=org.syncytium.support.spikes)(version>=0.1.0)(!(version>=1.0.0)))]";

    @Test
    void aLockConflictIsRetriedAndTheMissingPackageReported() {
        AtomicInteger starts = new AtomicInteger();
        Bundle bundle = bundle(starts, 2);
        String line = new BundleStarter(10_000).start(bundle).orElseThrow();
        assertTrue(line.contains("missing package org.syncytium.support.spikes"), line);
        assertEquals(3, starts.get());
    }

    @Test
    void aLastingLockConflictIsReportedAfterBoundedTries() {
        AtomicInteger starts = new AtomicInteger();
        String line = new BundleStarter(10_000).start(bundle(starts, Integer.MAX_VALUE)).orElseThrow();
        assertTrue(line.contains("Unable to acquire global lock"), line);
        assertEquals(BundleStarter.LOCK_CONFLICT_ATTEMPTS, starts.get());
    }

    @Test
    void startsRacingARefreshAllReportTheMissingPackage(@TempDir Path storage) throws Exception {
        Felix felix = new Felix(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        try {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
            manifest.getMainAttributes().putValue(Constants.BUNDLE_SYMBOLICNAME, "needy");
            manifest.getMainAttributes().putValue(Constants.IMPORT_PACKAGE, "org.missing.support");
            ByteArrayOutputStream jar = new ByteArrayOutputStream();
            new JarOutputStream(jar, manifest).close();
            Bundle needy = felix.getBundleContext().installBundle("memory:needy", new ByteArrayInputStream(jar.toByteArray()));
            FrameworkWiring wiring = felix.adapt(FrameworkWiring.class);
            AtomicBoolean racing = new AtomicBoolean(true);
            // what File Install does around a drop: refresh and resolve, from another thread
            Thread refresher = new Thread(() -> {
                while (racing.get()) {
                    wiring.refreshBundles(List.of(needy));
                    wiring.resolveBundles(List.of(needy));
                }
            }, "refresher");
            refresher.start();
            try {
                for (int i = 0; i < 1000; i++) {
                    try {
                        BundleStarter.startThroughLockConflicts(needy);
                    } catch (BundleException e) {
                        String line = BundleProblems.describe(needy, e);
                        assertTrue(line.contains("missing package org.missing.support"), "start " + i + ": " + line);
                    }
                }
            } finally {
                racing.set(false);
                refresher.join(10_000);
            }
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    /** A bundle whose first {@code conflicts} starts fail as Felix's lock conflict, the next as unresolved. */
    private static Bundle bundle(AtomicInteger starts, int conflicts) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "start" -> {
                    throw new BundleException(starts.incrementAndGet() <= conflicts ? LOCK_CONFLICT : UNRESOLVED,
                            BundleException.RESOLVE_ERROR);
                }
                case "getSymbolicName" -> {
                    return "org.syncytium.spike-recorder";
                }
                case "getVersion" -> {
                    return Version.parseVersion("0.1.0");
                }
                case "getBundleId" -> {
                    return 7L;
                }
                case "getState" -> {
                    return Bundle.INSTALLED;
                }
                case "getLocation" -> {
                    return "file:/deploy/spikes.jar";
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                default -> throw new UnsupportedOperationException(method.getName());
            }
        });
    }
}
