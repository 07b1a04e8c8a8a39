package org.syncytium.launcher.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the files of one output folder so that each appears complete or not at all: every file is
 * written under a temporary name ({@code .name.tmp}) and renamed when complete. {@link #commit()}
 * renames them all; {@link #abort()} deletes what was written, so a failed run leaves no
 * half-written file behind.
 */
public final class AtomicOutput {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the file's bytes. */
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final List<Path[]> pending = new ArrayList<>();

    /** Files go into {@code folder} (created if missing). */
    public AtomicOutput(Path folder) {
        this.folder = folder;
    }

    /** The output folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Writes {@code name} under its temporary name; it becomes visible at {@link #commit()}.
     *
     * @throws IOException if writing fails (the temporary file is then removed)
     */
    public void write(String name, Content content) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        pending.add(new Path[] {temporary, target});
    }

    /**
     * Adds a file that is already complete (e.g. written by a recorder) under {@code name}: it is
     * moved into the folder at {@link #commit()}, together with the others.
     */
    public void adopt(Path complete, String name) throws IOException {
        if (!Files.isRegularFile(complete)) {
            throw new IOException("expected file " + complete + " was not written");
        }
        Files.createDirectories(folder);
        pending.add(new Path[] {complete, folder.resolve(name)});
    }

    /** Renames every written file into place. */
    public void commit() throws IOException {
        for (Path[] move : pending) {
            try {
                Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING);
            }
        }
        pending.clear();
    }

    /** Deletes every temporary file not yet committed. */
    public void abort() {
        for (Path[] move : pending) {
            try {
                Files.deleteIfExists(move[0]);
            } catch (IOException e) {
                // best effort: nothing else can be done about a file we cannot delete
            }
        }
        pending.clear();
    }

    /** Names of the files written so far and not yet committed or aborted. */
    public List<String> pendingNames() {
        return pending.stream().map(p -> p[1].getFileName().toString()).toList();
    }
}
