package org.syncytium.launcher.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.BundleInfo;
import org.syncytium.launcher.felix.BundleProblems;
import org.syncytium.launcher.felix.BundleStarter;

/**
 * A watched deploy folder: Apache Felix File Install installs and starts each bundle jar dropped
 * into it, updates it when the file changes and uninstalls it when the file goes. This class
 * reports what happens there, one line each: a jar deployed or removed, a jar that is not a
 * bundle, a bundle that cannot resolve (with the package it lacks and the bundle that exports
 * it), the folder vanishing and coming back.
 */
final class DeployFolder implements AutoCloseable {

    /** Framework properties that point File Install at {@code folder} (it reads them from its context). */
    static Map<String, String> fileInstallProperties(Path folder) {
        Map<String, String> properties = new HashMap<>();
        properties.put("felix.fileinstall.dir", folder.toAbsolutePath().toString());
        properties.put("felix.fileinstall.poll", "300");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.bundles.new.start", "true");
        properties.put("felix.fileinstall.log.level", "0"); // this class reports, in one line each
        return properties;
    }

    private final Path folder;
    private final BundleContext context;
    private final BundleIndex index;
    private final PrintStream events;
    private final Map<Path, FileTime> reported = new HashMap<>();
    private final Map<Long, Integer> reportedState = new HashMap<>();
    private final BundleListener listener;
    private final Thread watcher;
    private volatile boolean running = true;
    private Bundle fileInstall;
    private boolean vanished;

    private DeployFolder(Path folder, BundleContext context, BundleIndex index, PrintStream events) {
        this.folder = folder.toAbsolutePath().normalize();
        this.context = context;
        this.index = index;
        this.events = events;
        this.listener = this::bundleChanged;
        this.watcher = new Thread(this::watch, "syncytium-deploy-folder");
        watcher.setDaemon(true);
    }

    /**
     * Creates the folder if needed, installs and starts File Install from {@code fileInstallJar}
     * and starts reporting. The framework must have been started with {@link #fileInstallProperties}.
     */
    static DeployFolder start(Path folder, Path fileInstallJar, BundleContext context, BundleIndex index, PrintStream events) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LauncherException("cannot create the deploy folder " + folder + ": " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(fileInstallJar)) {
            throw new LauncherException("File Install is missing from the distribution (" + fileInstallJar + "); rebuild with mvn package");
        }
        DeployFolder deploy = new DeployFolder(folder, context, index, events);
        context.addBundleListener(deploy.listener);
        try {
            deploy.fileInstall = context.installBundle(fileInstallJar.toUri().toString());
            deploy.fileInstall.start();
        } catch (BundleException e) {
            context.removeBundleListener(deploy.listener);
            throw new LauncherException("File Install cannot start: " + BundleProblems.reason(e.getMessage()), e);
        }
        deploy.watcher.start();
        return deploy;
    }

    /** The watched folder. */
    Path folder() {
        return folder;
    }

    private boolean deployedHere(Bundle bundle) {
        String location = bundle.getLocation();
        try {
            Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return path.toAbsolutePath().normalize().startsWith(folder);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (!deployedHere(bundle)) {
            return;
        }
        String name = BundleInfo.of(bundle).symbolicName() + " " + bundle.getVersion();
        switch (event.getType()) {
            case BundleEvent.STARTED -> say("deploy: " + fileName(bundle) + " is active (" + name + ", id " + bundle.getBundleId() + ")");
            case BundleEvent.UPDATED -> say("deploy: " + fileName(bundle) + " changed: " + name + " updated");
            case BundleEvent.UNINSTALLED -> {
                say("deploy: " + fileName(bundle) + " removed: " + name + " uninstalled");
                synchronized (reportedState) {
                    reportedState.remove(bundle.getBundleId());
                }
            }
            default -> {
            }
        }
    }

    private static String fileName(Bundle bundle) {
        String location = bundle.getLocation();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void watch() {
        while (running) {
            try {
                scan();
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                say("deploy: " + e.getMessage()); // keep watching
            }
        }
    }

    private void scan() {
        if (!Files.isDirectory(folder)) {
            if (!vanished) {
                vanished = true;
                uninstallDeployed();
                say("deploy: the folder " + folder + " vanished; bundles deployed from it are uninstalled."
                        + " Recreate it to deploy again (the shell goes on)");
            }
            return;
        }
        if (vanished) {
            vanished = false;
            reported.clear();
            restartFileInstall();
            say("deploy: the folder " + folder + " is back; watching it again");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                FileTime modified = Files.getLastModifiedTime(jar);
                if (modified.equals(reported.get(jar)) || !stable(jar, modified)) {
                    continue;
                }
                var entry = BundleIndex.read(jar);
                if (entry.isEmpty()) {
                    reported.put(jar, modified);
                    say("deploy: " + jar.getFileName() + " is not an OSGi bundle (its manifest has no Bundle-SymbolicName); ignored");
                } else {
                    duplicateOf(jar, entry.get()).ifPresent(other -> {
                        reported.put(jar, modified);
                        say("deploy: " + jar.getFileName() + " holds bundle " + entry.get().symbolicName() + " " + entry.get().version()
                                + ", installed already from " + other.getLocation() + " (id " + other.getBundleId()
                                + "): File Install takes that bundle over and updates it from " + jar.getFileName()
                                + "; deleting " + jar.getFileName() + " uninstalls it");
                    });
                }
            }
        } catch (IOException e) {
            return; // vanished while listing: reported on the next round
        }
        for (Bundle bundle : context.getBundles()) {
            if (deployedHere(bundle) && bundle.getState() == Bundle.INSTALLED) {
                reportUnresolved(bundle);
            }
        }
    }

    /** File Install stops scanning a folder that vanished: the bundles deployed from it go here. */
    private void uninstallDeployed() {
        for (Bundle bundle : context.getBundles()) {
            if (deployedHere(bundle)) {
                try {
                    bundle.uninstall();
                } catch (BundleException | IllegalStateException e) {
                    // gone already
                }
            }
        }
    }

    /** A fresh File Install scanner for the recreated folder (the old one gave up on it). */
    private void restartFileInstall() {
        try {
            fileInstall.stop();
            fileInstall.start();
        } catch (BundleException | IllegalStateException e) {
            say("deploy: File Install cannot restart: " + BundleProblems.reason(e.getMessage()));
        }
    }

    /** An installed bundle from elsewhere with the symbolic name and version of {@code jar}. */
    private java.util.Optional<Bundle> duplicateOf(Path jar, BundleIndex.Entry entry) {
        for (Bundle bundle : context.getBundles()) {
            if (entry.symbolicName().equals(bundle.getSymbolicName()) && bundle.getVersion().toString().equals(
                    org.osgi.framework.Version.parseVersion(entry.version()).toString()) && !deployedHere(bundle)) {
                return java.util.Optional.of(bundle);
            }
        }
        return java.util.Optional.empty();
    }

    /** True once a jar has not changed for a moment (it may still be being copied). */
    private static boolean stable(Path jar, FileTime modified) {
        return System.currentTimeMillis() - modified.toMillis() > 500;
    }

    private void reportUnresolved(Bundle bundle) {
        synchronized (reportedState) {
            if (reportedState.getOrDefault(bundle.getBundleId(), -1) == Bundle.INSTALLED) {
                return;
            }
            reportedState.put(bundle.getBundleId(), Bundle.INSTALLED);
        }
        try {
            // File Install may be resolving or refreshing at this moment: a lock conflict is retried
            BundleStarter.startThroughLockConflicts(bundle);
        } catch (BundleException e) {
            String reason = BundleProblems.describe(bundle, e);
            say("deploy: " + fileName(bundle) + ": " + reason + index.remedy(reason));
        } catch (IllegalStateException e) {
            // uninstalled meanwhile
        }
    }

    private void say(String line) {
        synchronized (events) {
            events.println(line);
            events.flush();
        }
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
        try {
            context.removeBundleListener(listener);
        } catch (IllegalStateException e) {
            // the framework stopped already
        }
    }

    /** The jars currently in the folder (for the {@code deploy} command). */
    List<Path> jars() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
