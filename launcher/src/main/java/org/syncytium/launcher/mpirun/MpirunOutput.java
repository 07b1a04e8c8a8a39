package org.syncytium.launcher.mpirun;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user sees of an {@code mpirun} job started by {@code syncytium --ranks N}: the ranks' own
 * lines (rank 0's progress, its summary, one error line) and none of mpirun's boxed reports, which
 * go to {@link #report()} instead (kept in a file only on request, {@code SYNCYTIUM_MPIRUN_LOG}).
 *
 * <ul>
 * <li>Every process prints the same error when they all find it (e.g. ranks that disagree): a line
 * already shown is not shown again, and after the first {@code error:} line no other is shown.</li>
 * <li>A rank that mpirun stops because another failed says {@code interrupted ...}; such lines are
 * held until the job ends and shown only if nothing else explains the end (the user interrupted
 * it).</li>
 * <li>A rank that died without a word (killed, crashed) is named from mpirun's report, in one line,
 * when the job ends ({@link #finish}).</li>
 * </ul>
 *
 * <p>Text arrives in pieces as mpirun forwards it; a line ends at a newline or, for the progress
 * line that rewrites itself, a carriage return, and is passed on as soon as it is complete.
 */
public final class MpirunOutput {
    /** mpirun frames each of its reports with a line of dashes. */
    private static final Pattern RULE = Pattern.compile("-{20,}");
    private static final Pattern SIGNALLED = Pattern.compile(
            "process rank (\\d+) with PID \\d+ on node (\\S+) exited on signal (\\d+) \\(([^)]*)\\)");
    private static final Pattern EXITED = Pattern.compile(
            "Process name: \\[\\[\\d+,\\d+\\],(\\d+)\\]\\s+Exit code:\\s+(\\d+)");
    /** Open MPI's own messages from inside a rank, e.g. {@code [host:01234] Read -1, expected 28808, errno = 3}. */
    private static final Pattern LIBRARY_MESSAGE = Pattern.compile("\\[[^\\]\\s]+:\\d+\\] .*");
    private static final Pattern MODEL_TIME = Pattern.compile("at model time (\\S+) ms");
    private static final Pattern COMMITTED = Pattern.compile(
            "rank 0 committed the outputs: (.+) \\((\\d+) files, complete, listed in its manifest\\.json\\)");

    private final PrintStream out;
    private final int ranks;
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder report = new StringBuilder();
    private final Set<String> shown = new HashSet<>();
    private final List<String> held = new ArrayList<>();
    private boolean inBox;
    private boolean errorShown;
    private boolean progressOpen;
    /** What rank 0 said it committed ({@link #committedLine}), null until then. */
    private Matcher committed;

    /**
     * @param out   where the user's lines go (the terminal's stderr)
     * @param ranks number of processes started
     */
    public MpirunOutput(PrintStream out, int ranks) {
        this.out = out;
        this.ranks = ranks;
    }

    /**
     * The line rank 0 of an MPI job prints once its outputs are committed (renamed into place, so
     * complete whatever happens to any process afterwards).
     *
     * @param shown the output folder as the user named it
     * @param files files committed, manifest.json included
     */
    public static String committedLine(String shown, int files) {
        return "rank 0 committed the outputs: " + shown + " (" + files + " files, complete, listed in its manifest.json)";
    }

    /** Takes the next piece of mpirun's merged output. */
    public synchronized void accept(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line(line.toString(), c);
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    private void line(String text, char end) {
        String trimmed = text.strip();
        if (RULE.matcher(trimmed).matches()) {
            inBox = !inBox;
            report.append(text).append('\n');
            return;
        }
        if (inBox) {
            report.append(text).append('\n');
            return;
        }
        if (end == '\r') {
            out.print(text + '\r'); // rank 0's progress, rewritten in place
            out.flush();
            progressOpen = true;
            return;
        }
        if (trimmed.isEmpty()) {
            if (progressOpen) { // the newline that ends the progress line
                out.println();
                progressOpen = false;
            } else {
                println(text);
            }
            return;
        }
        if (LIBRARY_MESSAGE.matcher(trimmed).matches()) {
            report.append(text).append('\n'); // a peer that died makes the survivors' transport complain
            return;
        }
        if (trimmed.startsWith("WARNING: Using incubator modules")) {
            report.append(text).append('\n'); // every rank's JVM says it; it is no news to the user
            return;
        }
        if (trimmed.startsWith("interrupted")) {
            held.add(trimmed);
            return;
        }
        Matcher commit = COMMITTED.matcher(trimmed);
        if (commit.matches()) {
            committed = commit; // the summary says where the outputs are; this matters only if a rank dies now
            report.append(text).append('\n');
            return;
        }
        boolean error = trimmed.startsWith("error:") || trimmed.startsWith("syncytium:");
        if (!shown.add(trimmed) || error && errorShown) {
            report.append(text).append('\n');
            return;
        }
        errorShown |= error;
        println(text);
    }

    /** A line of its own, also after a progress line that was left open. */
    private void println(String text) {
        if (progressOpen) {
            out.println();
            progressOpen = false;
        }
        out.println(text);
        out.flush();
    }

    /**
     * The end of the job: what no rank said is said now, in one line, from mpirun's report.
     *
     * @param status      mpirun's exit status
     * @param interrupted whether the user interrupted the job (then the ranks' own lines say so)
     */
    public synchronized void finish(int status, boolean interrupted) {
        if (line.length() > 0) {
            line(line.toString(), '\n');
            line.setLength(0);
        }
        String last = held.isEmpty() ? null : held.get(0);
        String explained = errorShown || interrupted ? null : explanation(status, last);
        if (explained != null) {
            println(explained);
        } else if (last != null && !errorShown) {
            println(last);
        }
        out.flush();
    }

    /** One line for a job that failed without a rank saying why; null if there is nothing to add. */
    String explanation(int status, String interruptedLine) {
        String text = report.toString();
        String when = "";
        if (interruptedLine != null) {
            Matcher time = MODEL_TIME.matcher(interruptedLine);
            if (time.find()) {
                when = " at model time " + time.group(1) + " ms";
            }
        }
        Matcher signalled = SIGNALLED.matcher(text);
        if (signalled.find()) {
            int rank = Integer.parseInt(signalled.group(1));
            String died = String.format(Locale.ROOT, "error: process %d of %d (on %s) died of signal %s (%s)", rank, ranks,
                    signalled.group(2), signalled.group(3), signalled.group(4));
            if (committed != null) {
                return died + afterCommit(rank);
            }
            return died + when + "; mpirun stopped the others" + (rank == 0 ? " (rank 0 writes the outputs: its hidden"
                    + " staging folder .<out>.syncytium-staging-* stays beside the output folder)"
                    : " and no outputs were written");
        }
        Matcher exited = EXITED.matcher(text);
        if (exited.find() && status != 0) {
            int rank = Integer.parseInt(exited.group(1));
            String died = "error: process " + rank + " of " + ranks + " exited with status " + exited.group(2)
                    + " without saying why";
            if (committed != null) {
                return died + afterCommit(rank);
            }
            return died + when + "; mpirun stopped the others and no outputs were written";
        }
        if (status != 0 && interruptedLine == null) {
            String first = firstReport(text);
            return "error: mpirun failed (exit status " + status + ")" + (first.isEmpty() ? "" : ": " + first);
        }
        return null;
    }

    /** The rest of the line for a process that ended after rank 0 had committed: the outputs are complete. */
    private String afterCommit(int rank) {
        return (rank == 0 ? " after it had written the outputs" : " after rank 0 had written the outputs")
                + "; mpirun stopped the others; the outputs in " + committed.group(1) + " are complete ("
                + committed.group(2) + " files, listed in its manifest.json)";
    }

    /** The first of mpirun's reports as one line. */
    private static String firstReport(String text) {
        StringBuilder words = new StringBuilder();
        boolean open = false;
        for (String l : text.split("\n")) {
            String t = l.strip();
            if (RULE.matcher(t).matches()) {
                if (open && words.length() > 0) {
                    break;
                }
                open = !open;
            } else if (!t.isEmpty()) {
                words.append(words.length() > 0 ? " " : "").append(t);
            }
        }
        String one = words.toString();
        return one.length() > 300 ? one.substring(0, 297) + "..." : one;
    }

    /** mpirun's own reports and the lines not shown, for the log file. */
    public synchronized String report() {
        return report.toString();
    }
}
