package org.syncytium.launcher.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.syncytium.api.comm.Communicator;
import org.syncytium.launcher.LauncherException;
import org.syncytium.launcher.felix.EmbeddedFramework;

/**
 * Before anything is built, the processes of an MPI job check that they were asked to run the same
 * thing: the content of the scenario file, every parameter's resolved value (with {@code --set}
 * applied, so the seed too) and the NESTML files. Each process all-gathers its list and compares it
 * with process 0's; a difference stops every process with the same one line naming the first entry
 * that differs. Without this, ranks started with different {@code --set} values would silently
 * simulate a network that no scenario describes (the kernel compares only the seed, the network's
 * size and its settings, after building).
 *
 * <p>Also refuses a process that the MPI launcher counts as one of several when no installed
 * communicator joins them (the {@code mpi} bundle missing from the bundle folder): it would run the
 * whole network alone, as if it were the only process.
 */
final class RankAgreement {
    private static final long STOP_WAIT_MS = 30_000;
    private RankAgreement() {
    }

    /**
     * The check, collective over the job's processes; does nothing outside an MPI job.
     *
     * @param announced number of processes the MPI launcher announced ({@link ProcessRank#size})
     */
    static void check(EmbeddedFramework framework, int announced, Path scenarioFile, Map<String, Object> parameters,
            List<Path> modelFiles) {
        if (announced <= 1) {
            return;
        }
        Communicator communicator = widest(framework.framework().getBundleContext());
        if (communicator == null || communicator.size() != announced) {
            throw new LauncherException("this process is one of " + announced + " processes of an MPI job, but no"
                    + " installed communicator joins them (the bundle folder lacks org.syncytium.mpi); use the default"
                    + " distribution, or make one with --include org.syncytium.mpi");
        }
        Map<String, String> mine = entries(scenarioFile, parameters, modelFiles);
        List<Map<String, String>> all = gather(communicator, mine);
        String problem = firstDifference(all);
        if (problem != null) {
            throw new Disagreement(problem);
        }
    }

    /** Processes that disagree: every process finds it at once, in the same words. */
    static final class Disagreement extends LauncherException {
        private static final long serialVersionUID = 1L;

        Disagreement(String message) {
            super(message);
        }
    }

    /** For a process other than rank 0: gives rank 0 time to say it and mpirun time to stop the job. */
    static void awaitStop() {
        try {
            Thread.sleep(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What must be the same on every process, in the order a difference is reported. */
    static Map<String, String> entries(Path scenarioFile, Map<String, Object> parameters, List<Path> modelFiles) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("the scenario file", digest(scenarioFile));
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            entries.put("parameter " + parameter.getKey(), String.valueOf(parameter.getValue()));
        }
        for (Path file : modelFiles) {
            entries.put("the NESTML file " + file.getFileName(), digest(file));
        }
        return entries;
    }

    /**
     * The first entry in which a process differs from process 0, as the line every process prints;
     * null if all agree.
     */
    static String firstDifference(List<Map<String, String>> all) {
        Map<String, String> first = all.get(0);
        for (int rank = 1; rank < all.size(); rank++) {
            Map<String, String> other = all.get(rank);
            List<String> keys = new ArrayList<>(first.keySet());
            for (String key : other.keySet()) {
                if (!first.containsKey(key)) {
                    keys.add(key);
                }
            }
            for (String key : keys) {
                String a = first.get(key);
                String b = other.get(key);
                if (a == null || !a.equals(b)) {
                    return "process " + rank + " disagrees with process 0 on " + key + " (" + shown(b) + " vs "
                            + shown(a) + "): every process must run the same scenario with the same seed";
                }
            }
        }
        return null;
    }

    private static String shown(String value) {
        if (value == null) {
            return "not declared";
        }
        return value.length() > 80 ? value.substring(0, 77) + "..." : value;
    }

    /** A file's name with the start of its SHA-256 (the name alone may differ between hosts). */
    private static String digest(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return file.getFileName() + ", sha-256 " + HexFormat.of().formatHex(hash, 0, 6);
        } catch (IOException e) {
            throw new LauncherException(file + ": cannot read it to compare with the other processes: "
                    + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every process's entries, in rank order, through one all-gather of UTF-8 bytes packed in longs. */
    private static List<Map<String, String>> gather(Communicator communicator, Map<String, String> mine) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : mine.entrySet()) {
            // a value may hold anything but a newline (parameter values are single YAML scalars)
            text.append(entry.getKey()).append('\t').append(entry.getValue().replace('\n', ' ')).append('\n');
        }
        long[] packed = pack(text.toString().getBytes(StandardCharsets.UTF_8));
        int[] counts = new int[communicator.size()];
        long[] gathered = communicator.allGather(packed, packed.length, counts);
        List<Map<String, String>> all = new ArrayList<>();
        int from = 0;
        for (int count : counts) {
            all.add(parse(new String(unpack(gathered, from), StandardCharsets.UTF_8)));
            from += count;
        }
        return all;
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                entries.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return entries;
    }

    /** Length first, then the bytes, eight to a long. */
    static long[] pack(byte[] bytes) {
        long[] packed = new long[1 + (bytes.length + 7) / 8];
        packed[0] = bytes.length;
        for (int i = 0; i < bytes.length; i++) {
            packed[1 + i / 8] |= (bytes[i] & 0xFFL) << (8 * (i % 8));
        }
        return packed;
    }

    static byte[] unpack(long[] packed, int from) {
        byte[] bytes = new byte[(int) packed[from]];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (packed[from + 1 + i / 8] >>> (8 * (i % 8)));
        }
        return bytes;
    }

    /** The installed communicator that spans the most processes, as the kernel chooses it. */
    private static Communicator widest(BundleContext context) {
        Collection<ServiceReference<Communicator>> references;
        try {
            references = context.getServiceReferences(Communicator.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Communicator best = null;
        for (ServiceReference<Communicator> reference : references) {
            Communicator candidate = context.getService(reference);
            if (candidate != null && (best == null || candidate.size() > best.size())) {
                best = candidate;
            }
        }
        return best;
    }
}
