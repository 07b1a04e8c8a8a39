package org.syncytium.launcher.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.syncytium.launcher.input.InputFile;

/**
 * A list of (source, target) pairs as 1-based positions in a node collection, for
 * {@code connect_pairs}: read from a CSV file or drawn like numpy.
 */
public final class PairList {

    /**
     * Cell separator: a comma, semicolon or whitespace, with any whitespace around it. Compiled once:
     * {@code String.split} with it compiled a pattern per row, 15,000 for the seed network's pair file,
     * enough to make the JIT compile the regex compiler while the simulation starts.
     */
    private static final Pattern CELLS = Pattern.compile("\\s*[,;\\s]\\s*");

    private final int[] sources;
    private final int[] targets;

    private PairList(int[] sources, int[] targets) {
        this.sources = sources;
        this.targets = targets;
    }

    /** Number of pairs. */
    public int size() {
        return sources.length;
    }

    /** 1-based position of the source of pair {@code k}. */
    public int source(int k) {
        return sources[k];
    }

    /** 1-based position of the target of pair {@code k}. */
    public int target(int k) {
        return targets[k];
    }

    /**
     * Reads a CSV of {@code source,target} rows (1-based positions; an optional header line; blank
     * lines and lines starting with {@code #} are skipped) and checks every position against
     * {@code populationSize}.
     *
     * @throws ScenarioException with the file and line of the first bad row
     */
    public static PairList read(Path file, int populationSize) {
        int[] s = new int[1024];
        int[] t = new int[1024];
        int count = 0;
        String content = InputFile.read(file, "pair file", InputFile.MAX_DATA_BYTES);
        try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
            String line;
            int lineNumber = 0;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String text = line.trim();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                boolean header = first;
                first = false;
                String[] cells = CELLS.split(text);
                if (cells.length != 2) {
                    // The content is never quoted: the file may be anything the user pointed at.
                    throw new ScenarioException(file, lineNumber, "expected two columns source,target (1-based"
                            + " positions), found " + cells.length + " column(s)");
                }
                int source;
                int target;
                try {
                    source = Integer.parseInt(cells[0]);
                    target = Integer.parseInt(cells[1]);
                } catch (NumberFormatException e) {
                    if (header) {
                        continue; // a header such as "source,target"
                    }
                    throw new ScenarioException(file, lineNumber, "expected two integers source,target (1-based"
                            + " positions); this line has something else");
                }
                for (int position : new int[] {source, target}) {
                    if (position < 1 || position > populationSize) {
                        throw new ScenarioException(file, lineNumber, "position " + position
                                + " is outside the population (1.." + populationSize + ")");
                    }
                }
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    t = Arrays.copyOf(t, count * 2);
                }
                s[count] = source;
                t[count] = target;
                count++;
            }
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read pair file: " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new ScenarioException(file, 0, "pair file has no pairs");
        }
        return new PairList(Arrays.copyOf(s, count), Arrays.copyOf(t, count));
    }

    /**
     * {@code rows} pairs drawn as {@code numpy.random.seed(seed); numpy.random.choice(ids, [rows, 2])}
     * over a population of {@code populationSize}.
     */
    public static PairList random(int populationSize, int rows, long seed) {
        NumpyLegacyChoice choice = new NumpyLegacyChoice(seed);
        int[] s = new int[rows];
        int[] t = new int[rows];
        for (int r = 0; r < rows; r++) {
            s[r] = (int) choice.nextIndex(populationSize) + 1;
            t[r] = (int) choice.nextIndex(populationSize) + 1;
        }
        return new PairList(s, t);
    }
}
