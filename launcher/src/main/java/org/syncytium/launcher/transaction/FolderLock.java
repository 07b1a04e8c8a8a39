package org.syncytium.launcher.transaction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;

import org.syncytium.launcher.LauncherException;

/**
 * Marks an output folder as in use by this process: a small file {@code .<folder>.syncytium-lock}
 * beside the folder (or {@code .syncytium-lock} inside it when its parent is not writable), held
 * with an operating-system file lock for the whole run. A second run into the same folder finds the
 * lock held and is refused; a lock file left by a killed run is no longer held and is taken over.
 * The file is deleted on {@link #close()}.
 */
final class FolderLock implements AutoCloseable {

    static final String MARK = "syncytium output lock";
    static final String INSIDE_NAME = ".syncytium-lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file for {@code folder} (absolute, normalised). */
    static Path fileFor(Path folder) {
        Path parent = folder.getParent();
        if (parent != null && Files.isDirectory(folder) && !Files.isWritable(parent)) {
            return folder.resolve(INSIDE_NAME);
        }
        return (parent == null ? folder : parent).resolve("." + folder.getFileName() + ".syncytium-lock");
    }

    /**
     * Locks {@code folder} (absolute, normalised; its parent must exist).
     *
     * @param shown the folder as the user named it, for messages
     * @throws LauncherException if another run holds it, or the lock cannot be made
     */
    static FolderLock acquire(Path folder, String shown) {
        Path file = fileFor(folder);
        String token = MARK + " pid=" + ProcessHandle.current().pid() + " id=" + UUID.randomUUID() + "\n";
        // Never open the lock file a second time while holding it (see below).
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel channel = null;
            try {
                Object before = null;
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    requireOurs(file, shown);
                    before = fileKey(file);
                }
                channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by this very process (another command in the same JVM)
                }
                if (lock == null) {
                    String holder = holder(file);
                    channel.close();
                    throw new LauncherException("output folder " + shown + " is in use by another run" + holder
                            + "; wait for it to finish or choose another folder with --out DIR");
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                // The holder before us may have deleted the file between our open and our lock: then
                // the path names another file (or none) and we try again. Compared by inode, never by
                // opening the file again: closing any other descriptor of it would drop our POSIX lock.
                Object after = fileKey(file);
                if (after != null && (before == null || before.equals(after))) {
                    return new FolderLock(file, channel, lock);
                }
                lock.release();
                channel.close();
            } catch (IOException e) {
                closeQuietly(channel);
                throw new LauncherException("cannot lock the output folder " + shown + " (" + file.getFileName() + "): "
                        + reason(e), e);
            }
        }
        throw new LauncherException("output folder " + shown + " is in use by another run (its lock keeps changing)"
                + "; choose another folder with --out DIR");
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static void requireOurs(Path file, String shown) throws IOException {
        // Empty: another run created it a moment ago and has not written its mark yet.
        String text = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= 4096 ? readQuietly(file) : null;
        if (text == null || !text.isEmpty() && !text.startsWith(MARK)) {
            throw new LauncherException(file + " exists but is not a Syncytium lock; remove it or choose another"
                    + " output folder than " + shown + " with --out DIR");
        }
    }

    private static String holder(Path file) {
        String text = readQuietly(file);
        int pid = text.indexOf("pid=");
        if (pid < 0) {
            return "";
        }
        int end = text.indexOf(' ', pid);
        return " (process " + text.substring(pid + 4, end < 0 ? text.length() : end).trim() + ")";
    }

    private static String readQuietly(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The reason of an I/O error in one line, naming the file by its name only (no temporary paths).
     * Where a library wrapped the system's error in its own (ImageIO's "I/O error writing PNG file!"
     * around "No space left on device"), the innermost I/O error's reason follows in parentheses.
     */
    static String reason(IOException e) {
        String outer = ownReason(e);
        IOException inner = e;
        for (Throwable c = e.getCause(); c != null && c != inner; c = c.getCause()) {
            if (c instanceof IOException io) {
                inner = io;
            }
        }
        if (inner == e) {
            return outer;
        }
        String cause = ownReason(inner);
        return outer.contains(cause) ? outer : outer + " (" + cause + ")";
    }

    private static String ownReason(IOException e) {
        String name = "";
        if (e instanceof java.nio.file.FileSystemException fs) {
            String file = fs.getOtherFile() != null ? fs.getOtherFile() : fs.getFile();
            name = file == null ? "" : java.nio.file.Path.of(file).getFileName() + ": ";
        }
        if (e instanceof NoSuchFileException) {
            return name + "does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return name + "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return name + fs.getReason();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }

    /** The lock file (it is never an output and never counts as content of the folder). */
    Path file() {
        return file;
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale lock file is taken over by the next run
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
