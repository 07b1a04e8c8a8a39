package org.syncytium.support.record;

import java.util.ArrayList;
import java.util.List;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.record.RecordingContext;

/**
 * Where a recorder's events go, NEST's {@code record_to} ({@code "memory"}, {@code "ascii"} or
 * {@code "screen"}: standard output, NEST's tab-separated rows without a header), {@code label} and
 * {@code filenames}, with the file's {@link AsciiLayout}: both fixed from the first run on, the file
 * opened then and completed by {@link #close()}.
 */
public final class RecordingOutput {

    public static final String RECORD_TO = "record_to";
    public static final String LABEL = "label";
    public static final String FILENAMES = "filenames";
    private static final String MEMORY = "memory";
    private static final String ASCII = "ascii";
    private static final String SCREEN = "screen";
    /** The {@code record_to} values, as NEST's kernel lists its {@code recording_backends}. */
    public static final List<String> BACKENDS = List.of(ASCII, MEMORY, SCREEN);

    private final String owner;
    private final AsciiLayout layout;
    private String recordTo = MEMORY;
    private String label = "";
    private boolean opened;
    private boolean closed;
    private CsvFile file;
    /** The kernel's settings of the moment (null where the recording was not attached, in tests). */
    private RecordingContext current;

    /**
     * @param owner            the recorder model's name (file names, messages)
     * @param defaultExtension the layout's default file extension ({@code csv} or {@code dat})
     */
    public RecordingOutput(String owner, String defaultExtension) {
        this.owner = owner;
        this.layout = new AsciiLayout(defaultExtension);
    }

    /** The parameters this owns, with the layout's, for a recorder model named {@code owner}. */
    public static List<ParameterSpec> specs(String owner, String defaultExtension) {
        List<ParameterSpec> specs = new ArrayList<>(List.of(
                ParameterSpec.text(RECORD_TO, MEMORY, "\"memory\" (events), \"ascii\" (a file) or \"screen\""
                        + " (standard output)"),
                ParameterSpec.text(LABEL, "", "file name stem for record_to ascii; default " + owner + "-<id> (csv)"
                        + " or " + owner + " (NEST's layout)"),
                ParameterSpec.textList(FILENAMES, List.of(), "the file being written with record_to ascii (read-only)")));
        specs.addAll(AsciiLayout.specs(defaultExtension));
        return specs;
    }

    /** True for the parameters {@link #get} and {@link #set} handle. */
    public static boolean owns(String name) {
        return name.equals(RECORD_TO) || name.equals(LABEL) || name.equals(FILENAMES) || AsciiLayout.owns(name);
    }

    public Object get(String name) {
        return switch (name) {
            case RECORD_TO -> recordTo;
            case LABEL -> label;
            case FILENAMES -> filenames();
            default -> layout.get(name);
        };
    }

    /** Sets one of {@link #owns}'s parameters from its converted value ({@code raw}: as given, for messages). */
    public void set(String name, Object converted, Object raw) {
        switch (name) {
            case RECORD_TO -> {
                if (!BACKENDS.contains(converted)) {
                    throw new BadPropertyException(owner, name, raw, "must be \"memory\", \"ascii\" or \"screen\"");
                }
                requireNotOpened(name, converted);
                recordTo = (String) converted;
            }
            case LABEL -> {
                requireNotOpened(name, converted);
                label = (String) converted;
            }
            case FILENAMES -> {
                if (!converted.equals(filenames())) {
                    throw new BadPropertyException(owner, name, raw, "is read-only: the files this recorder writes");
                }
            }
            default -> layout.set(owner, name, converted, opened);
        }
    }

    /** Refuses a change after the first run; setting the current value again is fine (the kernel's undo does it). */
    private void requireNotOpened(String name, Object value) {
        if (opened && !value.equals(get(name))) {
            throw new BadPropertyException(owner, name, value, "cannot be changed after the first run");
        }
    }

    /** NEST's {@code filenames}: the file being written, before the first run the one it will write, none in memory. */
    private List<String> filenames() {
        if (!recordTo.equals(ASCII)) {
            return List.of();
        }
        return layout.filenames(file, current, !closed, owner, label);
    }

    /** The kernel's settings of the moment, from creation on. */
    public void attach(RecordingContext context) {
        current = context;
    }

    /**
     * Before each run: on the first, opens the file for {@code record_to: ascii} with a header naming
     * {@code values} after sender and time.
     *
     * @throws IllegalStateException once closed
     */
    public void open(RecordingContext context, List<String> values) {
        if (closed) {
            throw new IllegalStateException(owner + " " + context.recorderId() + " is closed");
        }
        if (opened) {
            return;
        }
        if (recordTo.equals(ASCII)) {
            file = CsvFile.create(layout.target(context, owner, label), layout.header(values), context.overwriteFiles());
        } else if (recordTo.equals(SCREEN)) {
            layout.toScreen();
            file = CsvFile.screen();
        }
        opened = true;
    }

    /** The file events go to (standard output for the screen), or null where they stay in memory. */
    public CsvFile file() {
        return file;
    }

    public AsciiLayout layout() {
        return layout;
    }

    /** True from the first run on (the recorder's layout is then fixed). */
    public boolean opened() {
        return opened;
    }

    public boolean closed() {
        return closed;
    }

    public void flush() {
        if (file != null && !closed) {
            file.flush();
        }
    }

    /** Completes the file (renamed into place); later calls do nothing. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (file != null) {
            file.close();
        }
    }
}
