import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * In-process A/B of two builds' hh_psc_alpha_gap: each build's classes in their own class loader,
 * measured alternately in one JVM (same clock, same machine load), CPU time per neuron-step; prints
 * the median per-round ratio B/A. Arguments: A's classpath, B's classpath, rounds, passes per round,
 * neurons. System properties a.groups / b.groups set syncytium.simd.groups for one side.
 */
public final class LanesAB {

    public static void main(String[] args) throws Exception {
        String[] classpath = {args[0], args[1]};
        int rounds = Integer.parseInt(args[2]);
        int reps = Integer.parseInt(args[3]);
        int neurons = Integer.parseInt(args[4]);
        String[] groups = {System.getProperty("a.groups"), System.getProperty("b.groups")};
        Method[] measure = new Method[2];
        for (int s = 0; s < 2; s++) {
            List<URL> urls = new ArrayList<>();
            for (String p : classpath[s].split(":")) {
                urls.add(Path.of(p).toUri().toURL());
            }
            if (groups[s] != null) {
                System.setProperty("syncytium.simd.groups", groups[s]);
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> task = Class.forName("org.syncytium.benchmarks.neuron.ProbeTask", true, loader);
            task.getMethod("setup", int.class, String.class).invoke(null, neurons, "rkf45_simd");
            measure[s] = task.getMethod("measure", int.class);
        }
        // both sides compiled (the lanes switch on after SimdWarmup, a few seconds)
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            measure[0].invoke(null, 10);
            measure[1].invoke(null, 10);
        }
        List<Double> ratios = new ArrayList<>();
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 0; r < rounds; r++) {
            double[] sum = new double[2];
            for (int k = 0; k < 2; k++) {
                int s = (r + k) % 2; // alternate which side goes first
                double[] got = (double[]) measure[s].invoke(null, reps);
                sum[s] = got[0] + got[1];
                best[s] = Math.min(best[s], sum[s]);
            }
            ratios.add(sum[1] / sum[0]);
        }
        Collections.sort(ratios);
        System.out.printf("A: best %.1f ns per neuron-step (trial + final)%nB: best %.1f%n", best[0] / 2, best[1] / 2);
        System.out.printf("B/A per round: median %.3f, quartiles %.3f-%.3f, %d rounds%n", ratios.get(rounds / 2),
                ratios.get(rounds / 4), ratios.get(3 * rounds / 4), rounds);
    }
}
