package org.syncytium.launcher.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The shell's commands. Two ways in: launcher code calls {@link #register(String, Object)} with an
 * object whose public methods are commands (each with a {@link Descriptor} line for {@code help});
 * and any bundle registers an OSGi service with Gogo's properties {@code osgi.command.scope} and
 * {@code osgi.command.function} (a String or String[]), which appears in the shell while the
 * bundle is active, as in every Gogo shell.
 */
public final class CommandRegistry implements AutoCloseable {

    private final CommandProcessorImpl processor;
    private final Map<String, String> help = new TreeMap<>();
    private ServiceTracker<Object, Object> tracker;

    CommandRegistry(CommandProcessorImpl processor) {
        this.processor = processor;
    }

    /** Adds every public method of {@code commands} declared by its class as a command of {@code scope}. */
    public synchronized void register(String scope, Object commands) {
        for (Method method : commands.getClass().getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            processor.addCommand(scope, commands, method.getName());
            Descriptor descriptor = method.getAnnotation(Descriptor.class);
            if (descriptor != null || !help.containsKey(method.getName())) {
                help.put(method.getName(), descriptor == null ? "(" + scope + ")" : descriptor.value());
            }
        }
    }

    /** Starts following command services of the framework's bundles. */
    void trackServices(BundleContext context) {
        Filter filter;
        try {
            filter = context.createFilter("(&(osgi.command.scope=*)(osgi.command.function=*))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker = new ServiceTracker<>(context, filter, null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object service = context.getService(reference);
                String scope = String.valueOf(reference.getProperty("osgi.command.scope"));
                synchronized (CommandRegistry.this) {
                    for (String function : functions(reference)) {
                        processor.addCommand(scope, service, function);
                        help.put(function, "(" + scope + ", from bundle " + reference.getBundle().getSymbolicName() + ")");
                    }
                }
                return service;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                String scope = String.valueOf(reference.getProperty("osgi.command.scope"));
                synchronized (CommandRegistry.this) {
                    for (String function : functions(reference)) {
                        processor.removeCommand(scope, function, service);
                        help.remove(function);
                    }
                }
                context.ungetService(reference);
            }
        };
        tracker.open(true);
    }

    private static String[] functions(ServiceReference<?> reference) {
        Object value = reference.getProperty("osgi.command.function");
        return value instanceof String[] array ? array : new String[] {String.valueOf(value)};
    }

    /** Command name and one line each, sorted. */
    public synchronized Map<String, String> help() {
        return new TreeMap<>(help);
    }

    @Override
    public void close() {
        if (tracker != null) {
            tracker.close();
        }
    }

}
