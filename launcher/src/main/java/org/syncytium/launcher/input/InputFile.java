package org.syncytium.launcher.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.syncytium.launcher.scenario.ScenarioException;

/**
 * Reads a text file a user names (a scenario, a pair file) defensively: it must be a regular file
 * (not a folder, device, FIFO or a file under {@code /proc}, {@code /sys} or {@code /dev}), at most
 * a given size, and UTF-8 text. Every refusal is one {@link ScenarioException} naming the file and,
 * for bad bytes, the line and column; the file's content is never quoted.
 */
public final class InputFile {

    /** Largest scenario file read (a scenario is a page of YAML). */
    public static final long MAX_SCENARIO_BYTES = 1L << 20;
    /** Largest data file read (a pair file of some million pairs). */
    public static final long MAX_DATA_BYTES = 64L << 20;

    private InputFile() {
    }

    /**
     * The text of {@code file}.
     *
     * @param what     what the file is, for messages ("scenario file", "pair file")
     * @param maxBytes the size limit
     * @throws ScenarioException (file, line 0 or the line of a bad byte) if it cannot be used
     */
    public static String read(Path file, String what, long maxBytes) {
        checkKind(file, what);
        byte[] bytes = readBounded(file, what, maxBytes);
        return decode(file, what, bytes);
    }

    private static void checkKind(Path file, String what) {
        if (!Files.exists(file)) {
            throw new ScenarioException(file, 0, what + " not found");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read the " + what + ": " + reason(e));
        }
        if (Files.isDirectory(real)) {
            throw new ScenarioException(file, 0, "the " + what + " is a folder, not a file");
        }
        if (!Files.isRegularFile(real)) {
            throw new ScenarioException(file, 0, "the " + what + " is not a regular file (a device, pipe or socket);"
                    + " give a file");
        }
        for (String system : new String[] {"/proc", "/sys", "/dev"}) {
            if (real.startsWith(system)) {
                throw new ScenarioException(file, 0, "the " + what + " is a system file under " + system + "; give a data file");
            }
        }
    }

    private static byte[] readBounded(Path file, String what, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(file, what, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(file, what, maxBytes); // grew, or its size was not told
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read the " + what + ": " + reason(e), e);
        }
    }

    private static ScenarioException tooLarge(Path file, String what, long maxBytes) {
        return new ScenarioException(file, 0, String.format(Locale.ROOT, "the %s is larger than %d MB, the most it may be",
                what, Math.max(1, maxBytes >> 20)));
    }

    /** Strict UTF-8; a bad byte is reported by line and column, a leading byte-order mark is dropped. */
    static String decode(Path file, String what, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ScenarioException(file, line, String.format(Locale.ROOT,
                    "the %s is not UTF-8 text: byte 0x%02X at column %d cannot be decoded; save it as UTF-8",
                    what, bytes[bad] & 0xFF, bad - lineStart + 1));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new ScenarioException(file, 0, "the " + what + " is not UTF-8 text", e);
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            int line = 1 + (int) text.substring(0, text.indexOf('\0')).chars().filter(c -> c == '\n').count();
            throw new ScenarioException(file, line, "the " + what + " holds a NUL character; it is not a text file");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
