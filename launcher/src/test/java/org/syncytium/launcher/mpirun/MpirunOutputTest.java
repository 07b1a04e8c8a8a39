package org.syncytium.launcher.mpirun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the user sees of mpirun's output as Open MPI 4.1 writes it (texts recorded on this machine). */
class MpirunOutputTest {
    private static final String RULE = "--------------------------------------------------------------------------\n";
    private static final String ABORTED = RULE + "Primary job  terminated normally, but 1 process returned\n"
            + "a non-zero exit code. Per user-direction, the job has been aborted.\n" + RULE;

    private static String shown(int ranks, int status, boolean interrupted, String... pieces) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MpirunOutput output = new MpirunOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8), ranks);
        for (String piece : pieces) {
            output.accept(piece);
        }
        output.finish(status, interrupted);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameErrorFromEveryRankIsShownOnceWithoutMpirunsBoxes() {
        String error = "error: mpi: cannot start MPI: libmpi.so.40 not found\n";
        String shown = shown(2, 1, false, "WARNING: Using incubator modules: jdk.incubator.vector\n", error, ABORTED,
                "WARNING: Using incubator modules: jdk.incubator.vector\n", error, RULE,
                "mpirun detected that one or more processes exited with non-zero status, thus causing\n",
                "the job to be terminated. The first process to do so was:\n\n  Process name: [[3551,1],1]\n",
                "  Exit code:    1\n", RULE);
        assertEquals(error, shown);
    }

    @Test
    void aRankStoppedBecauseAnotherFailedSaysNothingMore() {
        String error = "error: process 1 disagrees with process 0 on parameter j_exc (100.0 vs 300.0): ...\n";
        assertEquals(error, shown(2, 1, false, error, ABORTED,
                "interrupted at model time 0.0 ms; no outputs written\n"));
    }

    @Test
    void aRankKilledBySignalIsNamedInOneLine() {
        String shown = shown(2, 137, false, "[vm:03429] Read -1, expected 28808, errno = 3\n",
                "interrupted at model time 4.0 ms; no outputs written\n", ABORTED, RULE,
                "mpirun noticed that process rank 1 with PID 0 on node vm exited on signal 9 (Killed).\n", RULE);
        assertEquals("error: process 1 of 2 (on vm) died of signal 9 (Killed) at model time 4.0 ms; mpirun stopped the"
                + " others and no outputs were written\n", shown);
    }

    @Test
    void rankZeroKilledNamesTheStagingFolderThatStays() {
        String shown = shown(3, 137, false, RULE,
                "mpirun noticed that process rank 0 with PID 0 on node n1 exited on signal 9 (Killed).\n", RULE);
        assertTrue(shown.startsWith("error: process 0 of 3 (on n1) died of signal 9 (Killed); mpirun stopped the"
                + " others (rank 0 writes the outputs"), shown);
    }

    /** Rank 0's line once its outputs are renamed into place (RunCommand prints it in an MPI job). */
    private static final String COMMITTED = MpirunOutput.committedLine("out", 9) + "\n";

    @Test
    void aRankKilledAfterRankZeroCommittedSaysTheOutputsAreComplete() {
        String shown = shown(2, 137, false, COMMITTED, "interrupted after the outputs were written to out\n", ABORTED,
                RULE, "mpirun noticed that process rank 1 with PID 0 on node vm exited on signal 9 (Killed).\n", RULE);
        assertEquals("error: process 1 of 2 (on vm) died of signal 9 (Killed) after rank 0 had written the outputs;"
                + " mpirun stopped the others; the outputs in out are complete (9 files, listed in its manifest.json)\n",
                shown);
    }

    @Test
    void rankZeroKilledAfterItsCommitSaysTheOutputsAreComplete() {
        String shown = shown(2, 137, false, COMMITTED, RULE,
                "mpirun noticed that process rank 0 with PID 0 on node n1 exited on signal 9 (Killed).\n", RULE);
        assertEquals("error: process 0 of 2 (on n1) died of signal 9 (Killed) after it had written the outputs;"
                + " mpirun stopped the others; the outputs in out are complete (9 files, listed in its manifest.json)\n",
                shown);
    }

    @Test
    void aSilentNonZeroExitAfterTheCommitSaysTheOutputsAreComplete() {
        String shown = shown(2, 3, false, COMMITTED, ABORTED, RULE, "mpirun detected that one or more processes exited"
                + " with non-zero status, thus causing\nthe job to be terminated. The first process to do so was:\n\n"
                + "  Process name: [[2152,1],1]\n  Exit code:    3\n", RULE);
        assertEquals("error: process 1 of 2 exited with status 3 without saying why after rank 0 had written the"
                + " outputs; mpirun stopped the others; the outputs in out are complete (9 files, listed in its"
                + " manifest.json)\n", shown);
    }

    @Test
    void aJobThatEndsWellDoesNotShowTheCommitLine() {
        assertEquals("", shown(2, 0, false, COMMITTED));
    }

    @Test
    void anInterruptByTheUserShowsRankZerosLine() {
        String line = "interrupted at model time 12.0 ms; no outputs written\n";
        assertEquals(line, shown(2, 130, true, line, RULE, "mpirun: abort is in progress\n", RULE));
    }

    @Test
    void aSilentNonZeroExitIsNamed() {
        String shown = shown(2, 3, false, ABORTED, RULE, "mpirun detected that one or more processes exited with"
                + " non-zero status, thus causing\nthe job to be terminated. The first process to do so was:\n\n"
                + "  Process name: [[2152,1],1]\n  Exit code:    3\n", RULE);
        assertEquals("error: process 1 of 2 exited with status 3 without saying why; mpirun stopped the others and"
                + " no outputs were written\n", shown);
    }

    @Test
    void mpirunsOwnFailureBecomesOneLine() {
        String shown = shown(2, 1, false, RULE, "mpirun was unable to launch the specified application as it could not"
                + " access\nor execute an executable:\n\nExecutable: /nowhere\n", RULE);
        assertEquals("error: mpirun failed (exit status 1): mpirun was unable to launch the specified application as"
                + " it could not access or execute an executable: Executable: /nowhere\n", shown);
    }

    @Test
    void progressAndSummaryPassInPiecesAndAnErrorStartsItsOwnLine() {
        String shown = shown(2, 0, false, "[ 10% ] Model ti", "me: 1.0 ms\r[ 20% ] Model time: 2.0 ms\r",
                "\nScenario  seed\n");
        assertEquals("[ 10% ] Model time: 1.0 ms\r[ 20% ] Model time: 2.0 ms\r\nScenario  seed\n", shown);
        assertEquals("[ 50% ] x\r\nerror: e\n", shown(1, 1, false, "[ 50% ] x\r", "error: e\n"));
    }

    @Test
    void theCommandAddsTheUsersOptionsBeforeTheRanks() {
        assertEquals(List.of("mpirun", "--oversubscribe", "--allow-run-as-root", "--host", "a:1,b:1", "-np", "2", "env",
                "SYNCYTIUM_NO_BUILD=1", "./syncytium", "run", "s.yaml"), MpirunJob.command(2,
                java.util.Map.of("SYNCYTIUM_MPIRUN_OPTS", " --host  a:1,b:1 "), List.of("./syncytium", "run", "s.yaml"),
                true));
    }
}
