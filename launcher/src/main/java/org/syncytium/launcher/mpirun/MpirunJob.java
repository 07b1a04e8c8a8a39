package org.syncytium.launcher.mpirun;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code syncytium --ranks N ...}: starts {@code mpirun -np N} on the {@code syncytium} script with
 * the same arguments (each rank runs the script again, without building) and shows the user what
 * the ranks say, without mpirun's boxed reports ({@link MpirunOutput}). Exit status: mpirun's, or
 * 130/143 when the user interrupted the job (as a single process exits).
 *
 * <p>Usage (by the script): {@code MpirunJob N SCRIPT ARGS...}. Environment:
 * {@code SYNCYTIUM_MPIRUN} the mpirun program (default {@code mpirun} on the PATH),
 * {@code SYNCYTIUM_MPIRUN_OPTS} more mpirun options (split at spaces, e.g. a host list and
 * {@code --mca} settings), {@code SYNCYTIUM_MPIRUN_LOG} a file that receives mpirun's full report.
 *
 * <p>Signals: Ctrl-C reaches mpirun and the ranks from the terminal directly (mpirun would take a
 * second SIGINT as "abort at once"), so this process only notes it; a SIGTERM sent to this process
 * is passed on to mpirun, which stops the ranks (rank 0 aborts its outputs).
 */
public final class MpirunJob {
    private MpirunJob() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !args[0].matches("[1-9][0-9]*")) {
            System.err.println("syncytium: usage: MpirunJob RANKS SCRIPT ARGS...");
            System.exit(2);
        }
        int ranks = Integer.parseInt(args[0]);
        List<String> command = command(ranks, System.getenv(), List.of(args).subList(1, args.length),
                "root".equals(System.getProperty("user.name")));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectErrorStream(false).start();
        } catch (IOException e) {
            System.err.println("syncytium: --ranks needs mpirun, which cannot be started (" + command.get(0) + ": "
                    + e.getMessage() + "); Debian: apt-get install openmpi-bin libopenmpi-dev");
            System.exit(1);
            return;
        }
        AtomicInteger signal = new AtomicInteger(); // the first interrupt, 0 if none
        handle("INT", () -> signal.compareAndSet(0, 2));
        handle("TERM", () -> {
            signal.compareAndSet(0, 15);
            process.destroy(); // SIGTERM: mpirun passes it to the ranks
        });
        MpirunOutput output = new MpirunOutput(System.err, ranks);
        try (Reader err = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[4096];
            for (int n; (n = err.read(buffer)) > 0;) {
                output.accept(new String(buffer, 0, n));
            }
        }
        int status = process.waitFor();
        boolean interrupted = signal.get() != 0;
        output.finish(status, interrupted);
        String log = System.getenv("SYNCYTIUM_MPIRUN_LOG");
        if (log != null && !log.isBlank()) {
            Files.writeString(Path.of(log), output.report());
        }
        // interrupted: 130 or 143, as a single process ends (mpirun itself says 1)
        System.exit(interrupted && status != 0 ? 128 + signal.get() : status);
    }

    /** The mpirun command line: oversubscribed (more ranks than cores is allowed), the user's options. */
    static List<String> command(int ranks, Map<String, String> env, List<String> scriptAndArgs, boolean root) {
        List<String> command = new ArrayList<>();
        command.add(env.getOrDefault("SYNCYTIUM_MPIRUN", "mpirun"));
        command.add("--oversubscribe");
        if (root) {
            command.add("--allow-run-as-root");
        }
        String extra = env.getOrDefault("SYNCYTIUM_MPIRUN_OPTS", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-np", String.valueOf(ranks), "env", "SYNCYTIUM_NO_BUILD=1"));
        command.addAll(scriptAndArgs);
        return command;
    }

    private static void handle(String name, Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> action.run());
        } catch (IllegalArgumentException e) {
            // not available here: keep the default
        }
    }
}
