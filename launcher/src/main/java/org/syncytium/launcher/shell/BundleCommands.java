package org.syncytium.launcher.shell;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.BundleIndex;
import org.syncytium.launcher.felix.BundleInfo;
import org.syncytium.launcher.felix.BundleProblems;
import org.syncytium.launcher.felix.BundleStarter;

/** Shell commands that change the running framework: install, start, stop, update, uninstall. */
public final class BundleCommands {

    private final BundleContext context;
    private final BundleStarter starter;
    private final BundleIndex index;
    private final ExtensionChanges changes;

    BundleCommands(BundleContext context, BundleStarter starter, BundleIndex index, ExtensionChanges changes) {
        this.context = context;
        this.starter = starter;
        this.index = index;
        this.changes = changes;
    }

    private static PrintStream out() {
        return System.out; // Gogo routes it to the session
    }

    @Descriptor("install a bundle jar and start it: install PATH")
    public void install(@Descriptor("path of the jar") String path) {
        Path jar = Path.of(path).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException("no file " + jar);
        }
        BundleStarter.notABundle(jar).ifPresent(problem -> {
            throw new LauncherException(problem);
        });
        Bundle bundle;
        try {
            bundle = context.installBundle(jar.toUri().toString());
        } catch (BundleException e) {
            throw new LauncherException(jar.getFileName() + " cannot be installed: " + BundleProblems.reason(e.getMessage()), e);
        }
        changes.around(() -> start(bundle), "installed " + describe(bundle));
    }

    @Descriptor("start an installed bundle: start ID|SYMBOLIC-NAME")
    public void start(@Descriptor("bundle id or symbolic name") String which) {
        Bundle bundle = find(which);
        changes.around(() -> start(bundle), "started " + describe(bundle));
    }

    @Descriptor("stop a bundle; its models go away: stop ID|SYMBOLIC-NAME")
    public void stop(@Descriptor("bundle id or symbolic name") String which) {
        Bundle bundle = find(which);
        changes.around(() -> {
            try {
                bundle.stop();
            } catch (BundleException e) {
                throw new LauncherException("bundle " + describe(bundle) + " cannot stop: " + BundleProblems.reason(e.getMessage()), e);
            }
        }, "stopped " + describe(bundle));
    }

    @Descriptor("update a bundle from its jar (or another one) and restart it: update ID|SYMBOLIC-NAME [PATH]")
    public void update(@Descriptor("bundle id or symbolic name") String which) {
        update(which, null);
    }

    @Descriptor("update a bundle from another jar: update ID|SYMBOLIC-NAME PATH")
    public void update(String which, String path) {
        Bundle bundle = find(which);
        changes.around(() -> {
            try {
                if (path == null) {
                    bundle.update();
                } else {
                    Path jar = Path.of(path).toAbsolutePath();
                    BundleStarter.notABundle(jar).ifPresent(problem -> {
                        throw new LauncherException(problem);
                    });
                    try (var in = Files.newInputStream(jar)) {
                        bundle.update(in);
                    }
                }
            } catch (BundleException e) {
                throw new LauncherException("bundle " + describe(bundle) + " cannot be updated: " + BundleProblems.reason(e.getMessage()), e);
            } catch (java.io.IOException e) {
                throw new LauncherException("cannot read " + path + ": " + e.getMessage(), e);
            }
            if (bundle.getState() != Bundle.ACTIVE) {
                start(bundle);
            }
        }, "updated " + describe(bundle));
    }

    @Descriptor("uninstall a bundle; its models go away: uninstall ID|SYMBOLIC-NAME")
    public void uninstall(@Descriptor("bundle id or symbolic name") String which) {
        Bundle bundle = find(which);
        String name = describe(bundle);
        changes.around(() -> {
            try {
                bundle.uninstall();
            } catch (BundleException e) {
                throw new LauncherException("bundle " + name + " cannot be uninstalled: " + e.getMessage(), e);
            }
        }, "uninstalled " + name);
    }

    /** Starts through the launcher's starter (timeout, one line), naming the bundle that would provide what is missing. */
    private void start(Bundle bundle) {
        if (bundle.getHeaders().get("Fragment-Host") != null) {
            return; // fragments attach to their host and are never started
        }
        starter.start(bundle).ifPresent(problem -> {
            throw new LauncherException(problem + index.remedy(problem));
        });
    }

    @Descriptor("list the bundles with id, state and version: lb")
    public void lb() {
        List<BundleInfo> infos = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            infos.add(BundleInfo.of(bundle));
        }
        int width = infos.stream().mapToInt(b -> b.symbolicName().length()).max().orElse(10);
        out().printf("%4s  %-11s  %-" + width + "s  %s%n", "ID", "STATE", "SYMBOLIC NAME", "VERSION");
        for (BundleInfo b : infos) {
            out().printf("%4d  %-11s  %-" + width + "s  %s%n", b.id(), b.state(), b.symbolicName(), b.version());
        }
    }

    /** A bundle by id or symbolic name; one line naming the nearest if there is none. */
    Bundle find(String which) {
        if (which.matches("\\d+")) {
            Bundle bundle = context.getBundle(Long.parseLong(which));
            if (bundle == null) {
                throw new LauncherException("no bundle with id " + which + " (see lb)");
            }
            return bundle;
        }
        List<String> names = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (which.equals(bundle.getSymbolicName())) {
                return bundle;
            }
            names.add(bundle.getSymbolicName());
        }
        String hint = org.syncytium.api.param.ParameterSchema.nearest(which, names).map(n -> "; did you mean " + n + "?").orElse(" (see lb)");
        throw new LauncherException("no bundle " + which + hint);
    }

    static String describe(Bundle bundle) {
        return BundleInfo.of(bundle).symbolicName() + " " + bundle.getVersion() + " (id " + bundle.getBundleId() + ")";
    }
}
