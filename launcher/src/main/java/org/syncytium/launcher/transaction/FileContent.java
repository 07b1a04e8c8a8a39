package org.syncytium.launcher.transaction;

import java.io.IOException;
import java.io.OutputStream;

/** The bytes of one output file, written when {@link OutputTransaction#write} asks for them. */
@FunctionalInterface
public interface FileContent {

    /** Writes the file's bytes to {@code out} (the transaction opens and closes it). */
    void writeTo(OutputStream out) throws IOException;
}
