package org.syncytium.launcher.formats;

/**
 * Whether the libraries of an output format are in this distribution: a custom distribution may
 * leave {@code lib/jhdf-*.jar} out, and a run that asks for SONATA must then stop before it
 * simulates, with one line saying so.
 */
public final class OutputFormats {

    private OutputFormats() {
    }

    /** Null if {@code format} can be written; otherwise why not, as one sentence. */
    public static String missing(String format) {
        if (format.equals("sonata")) {
            try {
                Class.forName("io.jhdf.HdfFile", false, OutputFormats.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return "output format sonata is not installed: this distribution has no HDF5 library (lib/jhdf-*.jar)";
            }
        }
        return null;
    }
}
