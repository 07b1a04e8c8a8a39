package org.syncytium.launcher.resources;

import java.util.Locale;

import org.syncytium.launcher.scenario.ScenarioException;
import org.syncytium.launcher.scenario.YamlNode;

/**
 * A rough estimate of the memory a scenario's network needs, checked step by step before the kernel
 * builds anything, so that a network that cannot fit is refused in a second with one line (needed,
 * available, how to raise it) instead of an {@link OutOfMemoryError} minutes later. The figures are
 * upper bounds of what the kernel keeps (docs/performance.md: about 17 B per spike connection and 13 B
 * per gap connection once compiled, a few hundred bytes per neuron) with room for the arrays a step
 * needs while it builds.
 */
public final class MemoryBudget {

    /** Bytes per neuron or device: state arrays, input buffers, bookkeeping. */
    public static final long BYTES_PER_NODE = 2048;
    /** Bytes per connection while it is built and after (compiled rows plus build arrays). */
    public static final long BYTES_PER_CONNECTION = 48;
    /** Bytes per pair of a {@code connect_pairs} list before it is connected. */
    public static final long BYTES_PER_PAIR = 24;

    private final long available;
    private long needed;

    /** A budget of what the JVM can still allocate now. */
    public MemoryBudget() {
        this(available());
    }

    /** A budget of {@code availableBytes} (tests). */
    public MemoryBudget(long availableBytes) {
        this.available = availableBytes;
    }

    /** What this JVM may still allocate: the maximum heap less what is in use. */
    public static long available() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /**
     * Adds {@code count} items of {@code bytesEach} for {@code what} and refuses if the total does not fit.
     *
     * @throws ScenarioException at {@code where}: needed, available and how to raise the limit
     */
    public void require(YamlNode where, double count, long bytesEach, String what) {
        double bytes = count * bytesEach;
        double total = needed + bytes;
        if (!(total <= available)) {
            throw new ScenarioException(where.file(), where.line(), String.format(Locale.ROOT,
                    "%s need about %s (the network %s in all) but Java has %s available; raise it with %s"
                            + " or make the network smaller",
                    what, size(bytes), size(total), size(available), raiseHint(total)));
        }
        needed = (long) total;
    }

    /** Bytes reserved so far. */
    public long needed() {
        return needed;
    }

    /** The one line for an {@link OutOfMemoryError} that got through anyway. */
    public static String outOfMemoryMessage() {
        long max = Runtime.getRuntime().maxMemory();
        return "out of memory: Java may use at most " + size(max) + "; raise it with "
                + raiseHint(2.0 * max) + " or make the network smaller";
    }

    /** {@code JAVA_OPTS=-Xmx<N>g} with N large enough for {@code bytes} (and the JVM's own needs). */
    static String raiseHint(double bytes) {
        long gigabytes = (long) Math.ceil(bytes * 1.25 / (1L << 30)) + 1;
        return "JAVA_OPTS=-Xmx" + gigabytes + "g";
    }

    /** {@code 1.5 GB}, {@code 320 MB}, {@code 12 TB}. */
    static String size(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        int unit = 0;
        while (bytes >= 1024 && unit < units.length - 1) {
            bytes /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
    }
}
