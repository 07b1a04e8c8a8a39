package org.syncytium.launcher.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the independent tools that read our files back (Debian's python3-h5py and python3-neo,
 * chromium). In CI ({@code CI=true}, set by .ci/run, which installs them) a missing tool fails
 * the test; on a developer machine without them the test is reported as skipped, with the reason.
 */
final class ExternalTools {

    /** Debian's interpreter, which has Debian's numpy, h5py and neo (the pyenv python3 on PATH may not). */
    static final String PYTHON = "/usr/bin/python3";

    private ExternalTools() {
    }

    record Result(int status, String output) {
    }

    /** Requires {@code available} to be true, failing in CI and skipping elsewhere with {@code why}. */
    static void require(boolean available, String why) {
        if (!available) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (CI must have it: .ci/run installs it)");
            }
            Assumptions.abort(why + " (install it to run this test; CI does)");
        }
    }

    /** True if {@code python -c "import <modules>"} works. */
    static boolean pythonHas(String... modules) {
        return run(List.of(PYTHON, "-c", "import " + String.join(", ", modules)), 60).status() == 0;
    }

    /** Runs {@code command}, stdout and stderr together; status -1 if it cannot start or times out. */
    static Result run(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** The test resource script {@code name} under src/test/python. */
    static Path script(String name) {
        return Path.of("src/test/python", name).toAbsolutePath();
    }
}
