package org.syncytium.launcher.transaction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.syncytium.launcher.LauncherException;

/**
 * The set of files one command writes into its output folder, committed all or nothing.
 *
 * <pre>
 * try (OutputTransaction outputs = OutputTransaction.begin(folder, overwrite, "run my_scenario")) {
 *     Path recorders = outputs.staging();           // others (recorders) may write here directly
 *     outputs.write("summary.json", Json.of(map));   // or through the transaction
 *     outputs.commit();                             // everything appears, or nothing does
 * }                                                 // not committed: everything staged is deleted
 * </pre>
 *
 * <p>{@link #begin} refuses a folder that another run holds (a {@link FolderLock}), a path that is a
 * file, and a non-empty folder unless {@code overwrite} is given; with {@code overwrite} only the
 * files the previous run listed in its {@code manifest.json} are replaced (and all of them go), any
 * other file in the folder is left alone, and a new output that would replace such a foreign file is
 * refused. Files are staged in a hidden folder: beside the output folder when it does not exist yet
 * (the commit is then one atomic rename of the whole folder), inside it otherwise (the commit moves
 * file by file and rolls back on failure). Every committed folder gets a {@code manifest.json}.
 *
 * <p>Names are relative paths of plain names ({@link OutputNames}). {@link #abort()} may be called from
 * another thread (an interrupt) at any time: it waits for a commit in progress, and reports whether
 * the outputs were committed. Temporaries are removed by their exact path only.
 */
public final class OutputTransaction implements AutoCloseable {

    /** Where a transaction is in its life. */
    public enum State {
        /** Files may be written. */
        OPEN,
        /** {@link #commit()} is moving files into place. */
        COMMITTING,
        /** Every file is in the output folder, with the manifest. */
        COMMITTED,
        /** Nothing was written; staged files are gone. */
        ABORTED
    }

    /** The manifest's name in every committed folder. */
    public static final String MANIFEST = Manifest.NAME;

    private static final String BACKUP = ".replaced";

    private final Path folder;
    private final String shown;
    private final String command;
    private final boolean existed;
    private final Manifest previous;
    private final FolderLock lock;
    private final Path staging;
    private final List<Path> createdParents;
    private State state = State.OPEN;
    /** Files the commit wrote, manifest.json included; 0 before. */
    private int committedFiles;
    private boolean closed;
    private Path scratch;

    private OutputTransaction(Path folder, String shown, String command, boolean existed, Manifest previous,
            FolderLock lock, Path staging, List<Path> createdParents) {
        this.folder = folder;
        this.shown = shown;
        this.command = command;
        this.existed = existed;
        this.previous = previous;
        this.lock = lock;
        this.staging = staging;
        this.createdParents = createdParents;
    }

    /**
     * Opens a transaction on {@code folder}: checks it, locks it and makes the staging folder.
     *
     * @param overwrite replace the files of the previous run listed in the folder's manifest
     * @param command   what writes the folder, recorded in the manifest (e.g. {@code run name})
     * @throws LauncherException (one line, saying what to do) if the folder cannot be used
     */
    public static OutputTransaction begin(Path folder, boolean overwrite, String command) {
        String shown = folder.toString();
        Path target = folder.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new LauncherException("the output folder cannot be the root folder; choose another with --out DIR");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new LauncherException("output folder " + shown + " is a file, not a folder; choose another with --out DIR");
        }
        List<Path> created = createParents(target.getParent(), shown);
        FolderLock lock;
        try {
            lock = FolderLock.acquire(target, shown);
        } catch (RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
        try {
            boolean existed = Files.isDirectory(target);
            Manifest previous = null;
            if (existed) {
                List<String> entries = entries(target, lock.file());
                if (!entries.isEmpty()) {
                    if (!overwrite) {
                        throw new LauncherException("output folder " + shown + " is not empty (" + describe(entries)
                                + "); choose another folder with --out DIR, or give --overwrite to replace the"
                                + " previous run's files (those its " + MANIFEST + " lists; nothing else is touched)");
                    }
                    previous = Manifest.read(target, shown);
                }
            }
            Path staging = existed ? hiddenFolder(target, ".syncytium-staging-")
                    : hiddenFolder(target.getParent(), "." + target.getFileName() + ".syncytium-staging-");
            return new OutputTransaction(target, shown, command, existed, previous, lock, staging, created);
        } catch (IOException e) {
            lock.close();
            removeEmpty(created);
            throw new LauncherException("cannot prepare the output folder " + shown + ": " + FolderLock.reason(e), e);
        } catch (RuntimeException e) {
            lock.close();
            removeEmpty(created);
            throw e;
        }
    }

    /** The output folder as the user named it. */
    public String shown() {
        return shown;
    }

    /** The output folder (absolute). */
    public Path folder() {
        return folder;
    }

    /**
     * The staging folder: files placed here (e.g. by recorders streaming CSV) are committed with the
     * others under their relative path. Names must follow {@link OutputNames}; a {@code .part} file
     * left at commit time fails the commit (its writer did not finish).
     */
    public Path staging() {
        return staging;
    }

    /**
     * {@code error} as the user should read it: if the message the error reporter would print names
     * a file in the staging or scratch folder (a recorder that could not write its stream: a full
     * disk, a quota), the same message naming the file in the output folder, without the {@code .part}
     * of an unfinished stream, since the hidden folders are gone once the run is aborted; any other
     * error unchanged. (A file in the scratch folder is named by its path there: keep it the path it
     * will be {@link #adopt adopted} under.)
     */
    public synchronized RuntimeException inUserTerms(RuntimeException error) {
        Throwable speaking = error;
        while (!(speaking instanceof LauncherException) && !(speaking instanceof org.syncytium.api.error.SyncytiumException)
                && speaking.getCause() != null && speaking.getCause() != speaking) {
            speaking = speaking.getCause();
        }
        String message = speaking.getMessage();
        if (message == null) {
            return error;
        }
        String translated = message;
        for (Path hidden : scratch == null ? List.of(staging) : List.of(staging, scratch)) {
            String path = hidden.toString();
            translated = translated
                    .replaceAll(java.util.regex.Pattern.quote(path) + "([/\\\\][^\\s:]+?)\\.part(?=[\\s:]|$)",
                            java.util.regex.Matcher.quoteReplacement(shown) + "$1")
                    .replace(path, shown);
        }
        return translated.equals(message) ? error : new LauncherException(translated, error);
    }

    /** The current state. */
    public synchronized State state() {
        return state;
    }

    /** Number of files the commit wrote, {@code manifest.json} included; 0 until committed. */
    public synchronized int committedFiles() {
        return state == State.COMMITTED ? committedFiles : 0;
    }

    /**
     * Writes one file into the staging folder.
     *
     * @param name relative path of plain names; not {@value Manifest#NAME}; each name once
     * @throws LauncherException if the name is not allowed or writing fails
     */
    public void write(String name, FileContent content) {
        requireOpen();
        try {
            OutputNames.checkRelative(name);
        } catch (IllegalArgumentException e) {
            throw new LauncherException(e.getMessage());
        }
        if (name.equals(MANIFEST)) {
            throw new LauncherException("output name \"" + MANIFEST + "\" is reserved for the run's manifest");
        }
        Path file = staging.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        } catch (FileAlreadyExistsException e) {
            throw new LauncherException("output " + name + " is written twice by this run");
        } catch (IOException e) {
            throw new LauncherException("cannot write " + name + " in " + shown + ": " + FolderLock.reason(e), e);
        }
    }

    /**
     * A private folder beside the staging folder for work that may or may not become output (e.g. a
     * sweep point still running): nothing in it is committed unless {@link #adopt adopted}; it is
     * deleted when the transaction ends.
     */
    public synchronized Path scratch() {
        requireOpen();
        if (scratch == null) {
            try {
                scratch = hiddenFolder(staging.getParent(), existed ? ".syncytium-work-"
                        : "." + folder.getFileName() + ".syncytium-work-");
            } catch (IOException e) {
                throw new LauncherException("cannot prepare the output folder " + shown + ": " + FolderLock.reason(e), e);
            }
        }
        return scratch;
    }

    /** Moves a finished file or folder from {@link #scratch()} into the staging folder under {@code name}. */
    public synchronized void adopt(Path fromScratch, String name) {
        requireOpen();
        OutputNames.checkRelative(name);
        if (scratch == null || !fromScratch.toAbsolutePath().normalize().startsWith(scratch)) {
            throw new IllegalArgumentException(fromScratch + " is not in this transaction's scratch folder");
        }
        Path target = staging.resolve(name);
        try {
            Files.createDirectories(target.getParent());
            move(fromScratch, target);
        } catch (IOException e) {
            throw new LauncherException("cannot stage " + name + " in " + shown + ": " + FolderLock.reason(e), e);
        }
    }

    /** Deletes a staged file or folder (e.g. an unfinished sweep point) so that it is not committed. */
    public void discard(String name) {
        OutputNames.checkRelative(name);
        deleteRecursively(staging.resolve(name));
    }

    /**
     * Moves every staged file into the output folder, with the manifest. Afterwards the folder holds
     * the new files and whatever foreign files it held before; on failure it holds exactly what it
     * held before and the staged files are gone.
     *
     * @throws LauncherException if the transaction was aborted (e.g. interrupted) or the commit failed
     */
    public void commit() {
        synchronized (this) {
            if (state != State.OPEN) {
                throw new LauncherException(state == State.ABORTED ? "interrupted; no outputs written"
                        : "outputs of " + shown + " already committed");
            }
            state = State.COMMITTING;
        }
        State outcome = State.ABORTED;
        try {
            List<String> files = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            scan(staging, "", files, folders);
            if (files.contains(MANIFEST)) {
                throw new LauncherException("output name \"" + MANIFEST + "\" is reserved for the run's manifest");
            }
            Files.write(staging.resolve(MANIFEST), new Manifest(command, files, folders).toJson(),
                    StandardOpenOption.CREATE_NEW);
            committedFiles = files.size() + 1;
            if (existed) {
                moveInto(files, folders);
            } else {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            }
            outcome = State.COMMITTED;
        } catch (IOException e) {
            throw new LauncherException("cannot write the outputs in " + shown + ": " + FolderLock.reason(e)
                    + "; nothing was written", e);
        } finally {
            deleteScratch();
            if (outcome != State.COMMITTED) {
                deleteRecursively(staging);
                removeEmpty(createdParents);
            }
            synchronized (this) {
                state = outcome;
                notifyAll();
            }
        }
    }

    /**
     * Abandons the transaction: deletes the staging folder (and the parent folders {@link #begin}
     * created). Safe from any thread; waits for a commit in progress.
     *
     * @return false if the outputs had already been committed (they stay), true otherwise
     */
    public boolean abort() {
        synchronized (this) {
            while (state == State.COMMITTING) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (state == State.COMMITTED) {
                return false;
            }
            if (state == State.ABORTED) {
                return true;
            }
            state = State.ABORTED;
        }
        deleteScratch();
        deleteRecursively(staging);
        removeEmpty(createdParents);
        return true;
    }

    /**
     * Deletes the scratch folder and watches it for {@code millis}: a worker that was already running
     * (a sweep point being built when an interrupt came) may still create its folder there once.
     */
    public void sweepScratch(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        do {
            deleteScratch();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.nanoTime() < end);
        deleteScratch();
    }

    private void deleteScratch() {
        Path folderToDelete;
        synchronized (this) {
            folderToDelete = scratch;
        }
        if (folderToDelete != null) {
            deleteRecursively(folderToDelete);
        }
    }

    /** Aborts unless committed, then releases the folder's lock. */
    @Override
    public void close() {
        abort();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        lock.close();
        if (state() != State.COMMITTED) {
            removeEmpty(createdParents); // the lock file kept the innermost one until now
        }
    }

    private void requireOpen() {
        synchronized (this) {
            if (state != State.OPEN) {
                throw new LauncherException(state == State.ABORTED ? "interrupted; no outputs written"
                        : "outputs of " + shown + " already committed");
            }
        }
    }

    /** Collects staged files and folders (relative, folders before their content). */
    private static void scan(Path root, String prefix, List<String> files, List<String> folders) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(root.resolve(prefix.isEmpty() ? "." : prefix))) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String name = prefix.isEmpty() ? child.getFileName().toString() : prefix + "/" + child.getFileName();
            if (Files.isSymbolicLink(child)) {
                throw new LauncherException("output " + name + " is a symbolic link; outputs are plain files");
            }
            if (name.endsWith(".part")) {
                throw new LauncherException("output " + name.substring(0, name.length() - 5)
                        + " was not completed by its writer");
            }
            OutputNames.problemRelative(name).ifPresent(p -> {
                throw new LauncherException("output name \"" + OutputNames.shorten(name) + "\" " + p);
            });
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                folders.add(name);
                scan(root, name, files, folders);
            } else {
                files.add(name);
            }
        }
    }

    /** The commit into an existing folder: old run's files aside, new ones in, rolled back on failure. */
    private void moveInto(List<String> files, List<String> folders) throws IOException {
        Set<String> old = previous == null ? Set.of() : new HashSet<>(previous.files());
        for (String name : files) {
            if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS) && !old.contains(name)) {
                throw new LauncherException(shown + "/" + name + " exists and is not a file of the previous run;"
                        + " remove it or choose another folder with --out DIR");
            }
        }
        for (String name : folders) {
            Path existing = folder.resolve(name);
            if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)
                    && !old.contains(name)) {
                throw new LauncherException(shown + "/" + name + " exists and is not a folder of the previous run;"
                        + " remove it or choose another folder with --out DIR");
            }
        }
        Path backup = staging.resolve(BACKUP);
        List<String> asideNames = new ArrayList<>(old);
        if (previous != null) {
            asideNames.add(MANIFEST);
        }
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        List<Path> createdFolders = new ArrayList<>();
        try {
            for (String name : asideNames) {
                Path current = folder.resolve(name);
                if (Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(backup.resolve(name).getParent());
                    move(current, backup.resolve(name));
                    movedAside.add(name);
                }
            }
            for (String name : folders) {
                Path target = folder.resolve(name);
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(target);
                    createdFolders.add(target);
                }
            }
            List<String> all = new ArrayList<>(files);
            all.add(MANIFEST);
            for (String name : all) {
                move(staging.resolve(name), folder.resolve(name));
                movedIn.add(name);
            }
        } catch (IOException | RuntimeException e) {
            for (String name : reversed(movedIn)) {
                quietly(() -> move(folder.resolve(name), staging.resolve(name)));
            }
            removeEmpty(reversed(createdFolders));
            for (String name : movedAside) {
                quietly(() -> move(backup.resolve(name), folder.resolve(name)));
            }
            throw e;
        }
        // The previous run's folders that hold nothing now (its files were replaced or removed).
        if (previous != null) {
            List<Path> oldFolders = new ArrayList<>();
            for (String name : previous.folders()) {
                oldFolders.add(folder.resolve(name));
            }
            oldFolders.sort(Comparator.comparingInt(Path::getNameCount).reversed());
            removeEmpty(oldFolders);
        }
        deleteRecursively(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
        // ATOMIC_MOVE may replace an existing file on POSIX; callers checked that none is there.
    }

    private interface IoStep {
        void run() throws IOException;
    }

    private static void quietly(IoStep step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            // rollback is best effort past this point; the error that started it is reported
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /**
     * A new folder {@code parent/prefix<random>} with the user's default permissions (a temporary
     * folder from {@link Files#createTempDirectory} would be private, and the committed output
     * folder would keep that).
     */
    private static Path hiddenFolder(Path parent, String prefix) throws IOException {
        java.util.Random random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static List<Path> createParents(Path parent, String shown) {
        List<Path> missing = new ArrayList<>();
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path p : reversed(missing)) {
                Files.createDirectory(p);
                created.add(0, p);
            }
        } catch (IOException e) {
            removeEmpty(created);
            throw new LauncherException("cannot create the output folder " + shown + ": " + FolderLock.reason(e), e);
        }
        return created;
    }

    /** Deletes each folder if it is empty (deepest first as given). */
    private static void removeEmpty(List<Path> folders) {
        for (Path p : folders) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException e) {
                // holds something we did not create: leave it
            } catch (IOException e) {
                // best effort
            }
        }
    }

    private static List<String> entries(Path folder, Path lockFile) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.equals(lockFile)).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String describe(List<String> entries) {
        List<String> shownNames = entries.stream().limit(3).map(OutputNames::shorten).toList();
        return "holds " + String.join(", ", shownNames) + (entries.size() > 3 ? " and " + (entries.size() - 3) + " more" : "");
    }

    /** Deletes {@code path} and, if it is a folder, its content, without following links. */
    static void deleteRecursively(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a hidden staging folder is all that can remain
        }
    }
}
