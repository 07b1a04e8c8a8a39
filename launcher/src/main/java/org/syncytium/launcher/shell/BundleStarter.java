package org.syncytium.launcher.shell;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.BundleInfo;
import org.syncytium.launcher.felix.BundleProblems;

/**
 * Starts a bundle without letting it take the shell down: a start that throws becomes one line
 * naming the bundle and what it lacks (and which bundle of the distribution would provide it), a
 * start that blocks is left running in the background after a timeout.
 */
final class BundleStarter {

    private final BundleIndex index;
    private final long timeoutMs;

    BundleStarter(BundleIndex index, long timeoutMs) {
        this.index = index;
        this.timeoutMs = timeoutMs;
    }

    /** Starts {@code bundle}; throws a {@link LauncherException} with one line if it does not become active. */
    void start(Bundle bundle) {
        if (bundle.getHeaders().get("Fragment-Host") != null) {
            return;
        }
        FutureTask<Void> start = new FutureTask<>(() -> {
            bundle.start();
            return null;
        });
        Thread thread = new Thread(start, "syncytium-start-" + bundle.getBundleId());
        thread.setDaemon(true);
        thread.start();
        try {
            start.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LauncherException("bundle " + name(bundle) + " did not finish starting within "
                    + timeoutMs / 1000 + " s (its activator blocks); it goes on starting in the background, the shell stays usable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while starting bundle " + name(bundle));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BundleException bundleError && bundleError.getType() != BundleException.ACTIVATOR_ERROR) {
                String reason = BundleProblems.describe(bundle, bundleError);
                throw new LauncherException(reason + index.remedy(reason), cause);
            }
            Throwable root = cause instanceof BundleException && cause.getCause() != null ? cause.getCause() : cause;
            throw new LauncherException("bundle " + name(bundle) + " failed in its activator: " + root, cause);
        }
    }

    private static String name(Bundle bundle) {
        return BundleInfo.of(bundle).symbolicName() + " " + bundle.getVersion();
    }
}
