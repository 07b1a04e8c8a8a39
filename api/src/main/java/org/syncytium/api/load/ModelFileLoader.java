package org.syncytium.api.load;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns model files into {@link org.syncytium.api.neuron.NeuronModel} services while the framework runs,
 * e.g. the {@code nestml} plugin for {@code .nestml} files. Loading the same file again replaces its
 * models; unloading removes them.
 */
@ConsumerType
public interface ModelFileLoader {

    /** The file extension this loader reads, without the dot, e.g. {@code "nestml"}. */
    String extension();

    /**
     * Reads, checks and registers every model of {@code file}, replacing the models this loader registered
     * from the same file before. Nothing is registered if any model of the file is bad.
     *
     * @return the names of the models now registered from the file
     * @throws org.syncytium.api.error.SyncytiumException one line naming file:line and the problem (syntax,
     *         unknown names, unit mismatches, unsupported constructs, a name an installed model already has)
     */
    List<String> load(Path file);

    /**
     * Unregisters the models loaded from {@code file}.
     *
     * @return the names removed (empty if none were loaded from it)
     */
    List<String> unload(Path file);

    /** The files currently loaded, with the names of their models. */
    java.util.Map<Path, List<String>> loaded();
}
