package org.syncytium.support.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.syncytium.api.error.SyncytiumException;

/**
 * A CSV file written while running: lines go to {@code <name>.part}, and only {@link #close()}
 * renames it (atomically where the file system can) to the final name, so a file with the final
 * name is always complete. Lines are copied into a reused buffer: writing allocates nothing.
 * {@link #screen()} writes the same lines to standard output instead (NEST's {@code record_to:
 * "screen"}), without a header, each line flushed as it is written.
 */
public final class CsvFile {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Path target;
    private final Path part;
    private final BufferedWriter writer;
    private char[] line = new char[256];
    private boolean complete;

    private CsvFile(Path target, Path part, BufferedWriter writer) {
        this.target = target;
        this.part = part;
        this.writer = writer;
    }

    /**
     * Creates {@code target + ".part"} (and missing folders) and writes the header line.
     *
     * @param overwrite the kernel's {@code overwrite_files}: if false, a {@code target} or
     *                  {@code .part} file that already exists is refused, as NEST refuses it, and
     *                  nothing is written
     * @throws SyncytiumException naming the existing file and how to proceed
     */
    public static CsvFile create(Path target, String header, boolean overwrite) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        if (!overwrite) {
            for (Path existing : new Path[] {target, part}) {
                if (Files.exists(existing)) {
                    throw new SyncytiumException("the file " + existing + " already exists and overwrite_files is"
                            + " false: remove it, choose another data_path, data_prefix or label, or set the kernel's"
                            + " overwrite_files to true");
                }
            }
        }
        try {
            Path folder = target.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            BufferedWriter writer = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8), BUFFER_CHARS);
            CsvFile file = new CsvFile(target, part, writer);
            writer.write(header);
            writer.write('\n');
            return file;
        } catch (IOException e) {
            throw new SyncytiumException("cannot create " + part + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lines to standard output (NEST's screen backend), no header; {@link #close()} only flushes, and
     * {@link #target()}, {@link #part()} and {@link #location()} are null.
     */
    public static CsvFile screen() {
        return new CsvFile(null, null, new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                BUFFER_CHARS));
    }

    /** The final file name (null for {@link #screen()}). */
    public Path target() {
        return target;
    }

    /**
     * Where the lines are now: the {@code .part} file until {@link #close()}, then the final name
     * (a recorder's read-only {@code filenames} entry, as NEST's).
     */
    public Path location() {
        return complete ? target : part;
    }

    /** The temporary file name used until {@link #close()}. */
    public Path part() {
        return part;
    }

    /** Writes {@code text} (one or more complete lines). */
    public void write(StringBuilder text) {
        int length = text.length();
        if (length > line.length) {
            line = new char[Math.max(length, 2 * line.length)];
        }
        text.getChars(0, length, line, 0);
        try {
            writer.write(line, 0, length);
            if (target == null) {
                writer.flush(); // the screen: whole lines, as NEST prints each, never cut by another recorder's
            }
        } catch (IOException e) {
            throw new SyncytiumException("cannot write " + (part == null ? "to standard output" : part) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Pushes buffered lines to the {@code .part} file. */
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new SyncytiumException("cannot write " + (part == null ? "to standard output" : part) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Closes the file and renames it to its final name (the screen's lines: flushed, standard output stays open). */
    public void close() {
        if (target == null) {
            flush();
            complete = true;
            return;
        }
        try {
            writer.close();
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            complete = true;
        } catch (IOException e) {
            throw new SyncytiumException("cannot complete " + target + ": " + e.getMessage(), e);
        }
    }
}
