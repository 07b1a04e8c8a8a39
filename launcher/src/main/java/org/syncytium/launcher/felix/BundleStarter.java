package org.syncytium.launcher.felix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Starts bundles so that a faulty one cannot hang or silence the launcher: each
 * {@link Bundle#start()} runs on its own daemon thread and is abandoned after
 * {@link #timeoutSeconds()} (default {@value #DEFAULT_TIMEOUT_S} s; environment variable
 * {@code SYNCYTIUM_BUNDLE_START_TIMEOUT} or system property {@code syncytium.bundle.start.timeout},
 * in seconds); an activator that throws is reported with its exception; a jar without OSGi headers
 * is recognised before it is installed. Every outcome is one line, used by {@code bundles}, {@code run}
 * and anything else that boots a bundle folder (a shell, a deploy folder).
 */
public final class BundleStarter {

    /** Seconds a bundle's start may take before it is abandoned. */
    public static final long DEFAULT_TIMEOUT_S = 30;

    private final long timeoutMs;

    /** A starter with the configured timeout. */
    public BundleStarter() {
        this(timeoutSeconds() * 1000);
    }

    /** A starter with {@code timeoutMs} (tests). */
    public BundleStarter(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    /** The configured timeout in seconds (environment, then system property, then the default). */
    public static long timeoutSeconds() {
        String text = System.getenv("SYNCYTIUM_BUNDLE_START_TIMEOUT");
        if (text == null || text.isBlank()) {
            text = System.getProperty("syncytium.bundle.start.timeout");
        }
        if (text != null && !text.isBlank()) {
            try {
                long seconds = Long.parseLong(text.trim());
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // fall back to the default
            }
        }
        return DEFAULT_TIMEOUT_S;
    }

    /**
     * Why {@code jar} is not an OSGi bundle (no manifest, no {@code Bundle-SymbolicName}), or empty if
     * it looks like one.
     */
    public static Optional<String> notABundle(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return Optional.of(jar.getFileName() + " is a plain jar, not an OSGi bundle (it has no manifest);"
                        + " remove it from the bundle folder or make it a bundle");
            }
            if (manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return Optional.of(jar.getFileName() + " is a plain jar, not an OSGi bundle (its manifest has no"
                        + " Bundle-SymbolicName); remove it from the bundle folder or make it a bundle");
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(jar.getFileName() + " is not a readable jar (" + e.getMessage() + ")");
        }
    }

    /**
     * Starts {@code bundle}; returns the problem in one line, or empty if it started.
     */
    public Optional<String> start(Bundle bundle) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                startThroughLockConflicts(bundle);
                started.complete(null);
            } catch (Throwable t) {
                started.completeExceptionally(t);
            }
        }, "syncytium-start-" + bundle.getSymbolicName());
        thread.setDaemon(true);
        thread.start();
        try {
            started.get(timeoutMs, TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of("bundle " + name(bundle) + " did not finish starting within "
                    + Math.max(1, timeoutMs / 1000) + " s (its activator blocks) and was abandoned; remove it from the"
                    + " bundle folder, or allow more time with SYNCYTIUM_BUNDLE_START_TIMEOUT=<seconds>");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while starting bundle " + name(bundle));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BundleException bundleError) {
                return Optional.of(describe(bundle, bundleError));
            }
            return Optional.of("bundle " + name(bundle) + " cannot start: " + oneLine(cause));
        }
    }

    /** How often {@link #startThroughLockConflicts} tries before it reports Felix's lock conflict. */
    static final int LOCK_CONFLICT_ATTEMPTS = 10;

    /**
     * {@link Bundle#start()}, tried again (up to {@value #LOCK_CONFLICT_ATTEMPTS} times, 100 ms apart) while
     * Felix gives up the resolve because of a lock conflict. A start holds the bundle's lock and then waits
     * for Felix's global lock to resolve; if the thread holding the global lock (File Install refreshing or
     * resolving, another start) needs that bundle's lock, Felix interrupts the waiting start to avoid a
     * deadlock and it fails with "Unable to acquire global lock for resolve", which says nothing about the
     * bundle. Felix expects the caller to back off and try again; the next try reports the true outcome.
     */
    public static void startThroughLockConflicts(Bundle bundle) throws BundleException {
        for (int attempt = 1; ; attempt++) {
            try {
                bundle.start();
                return;
            } catch (BundleException e) {
                if (!isLockConflict(e) || attempt >= LOCK_CONFLICT_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e; // the caller is shutting down
                }
            }
        }
    }

    /** True if Felix backed out of a start for a lock conflict, not because the bundle cannot resolve. */
    static boolean isLockConflict(BundleException error) {
        String message = error.getMessage();
        return message != null && message.startsWith("Unable to acquire global lock");
    }

    /** A start failure in one line: the activator's own exception if it threw, else what is missing. */
    static String describe(Bundle bundle, BundleException error) {
        if (error.getType() == BundleException.ACTIVATOR_ERROR && error.getCause() != null) {
            return "bundle " + name(bundle) + " cannot start: its activator threw " + oneLine(error.getCause());
        }
        return BundleProblems.describe(bundle, error);
    }

    private static String name(Bundle bundle) {
        return BundleInfo.of(bundle).symbolicName() + " " + bundle.getVersion();
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + message;
    }
}
