package org.syncytium.launcher.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@code syncytium} command of the built distribution in a child process, as a user runs it:
 * its own JVM, real signals. Started through {@code python3} so that SIGINT has its default action
 * even when the build itself runs in the background (where a shell starts children with SIGINT
 * ignored, and Java would then never see Ctrl-C).
 */
final class Child implements AutoCloseable {

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;

    private Child(Process process) {
        this.process = process;
        outReader = drain(process.getInputStream(), out);
        errReader = drain(process.getErrorStream(), err);
    }

    /** Starts {@code syncytium args...} in {@code folder} with the distribution's bundles. */
    static Child start(Path folder, Map<String, String> env, String... args) throws IOException {
        Path home = Path.of(System.getProperty("syncytium.distribution", "target/syncytium")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", home.resolve("lib") + "/*", "org.syncytium.launcher.Main"));
        command.addAll(List.of(args));
        if (!List.of(args).contains("--bundles")) {
            command.addAll(List.of("--bundles", home.resolve("bundles").toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().putAll(env);
        return new Child(builder.start());
    }

    private static Thread drain(InputStream stream, StringBuffer into) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = stream.read(buffer)) > 0;) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits until stderr satisfies {@code condition}, at most {@code seconds}. */
    boolean awaitErr(Predicate<String> condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (condition.test(err.toString())) {
                return true;
            }
            if (!process.isAlive()) {
                return condition.test(err.toString());
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Sends {@code signal} (INT, TERM) to the child's JVM. */
    void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    /**
     * Exit status after waiting at most {@code seconds}; -1 if it is still running. Once the process
     * has ended, also waits (up to 10 s) until its stdout and stderr are read to the end: the process
     * can end before the reader threads have taken its last bytes from the pipes, and a busy machine
     * widens that gap (an exit status with an empty {@link #err()} was seen once).
     */
    int exit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            return -1;
        }
        outReader.join(10_000);
        errReader.join(10_000);
        return process.exitValue();
    }

    /** True while the process runs. */
    boolean alive() {
        return process.isAlive();
    }

    String err() {
        return err.toString();
    }

    String out() {
        return out.toString();
    }

    /** The last line of stderr. */
    String lastErrLine() {
        List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
