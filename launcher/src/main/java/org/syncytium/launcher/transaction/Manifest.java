package org.syncytium.launcher.transaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.syncytium.launcher.LauncherException;

/**
 * {@code manifest.json}: the list of files (and sub-folders) a run committed into its output
 * folder. {@code --overwrite} replaces exactly these and nothing else; names in it are checked
 * like any output name, so an edited manifest cannot point outside the folder.
 *
 * @param command what wrote the folder (e.g. {@code run gap_junctions_inhibitory})
 * @param files   relative paths of the committed files
 * @param folders relative paths of the sub-folders the run created, deepest last
 */
record Manifest(String command, List<String> files, List<String> folders) {

    /** The manifest's file name; no output may use it. */
    static final String NAME = "manifest.json";

    /** Largest manifest read back (a run with a million files would not need more). */
    static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    byte[] toJson() throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("syncytium_manifest", 1);
        json.put("command", command);
        json.put("written", Instant.now().toString());
        json.put("files", files);
        json.put("folders", folders);
        return MAPPER.writeValueAsBytes(json);
    }

    /**
     * The manifest of {@code folder}, or null if there is none.
     *
     * @throws LauncherException if it exists but is not a manifest Syncytium wrote
     */
    static Manifest read(Path folder, String shown) {
        Path file = folder.resolve(NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String bad = "the " + NAME + " in " + shown + " is not a manifest written by Syncytium";
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                throw new LauncherException(bad + "; remove it or choose another folder with --out DIR");
            }
            JsonNode json = MAPPER.readTree(file.toFile());
            if (json == null || !json.has("syncytium_manifest") || !json.path("files").isArray()) {
                throw new LauncherException(bad + "; remove it or choose another folder with --out DIR");
            }
            List<String> files = names(json.path("files"), bad);
            List<String> folders = names(json.path("folders"), bad);
            return new Manifest(json.path("command").asText(""), files, folders);
        } catch (IOException e) {
            throw new LauncherException(bad + " (" + FolderLock.reason(e) + "); remove it or choose another folder with --out DIR", e);
        }
    }

    private static List<String> names(JsonNode array, String bad) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : array) {
            String name = entry.asText("");
            if (!entry.isTextual() || OutputNames.problemRelative(name).isPresent()) {
                throw new LauncherException(bad + ": it lists \"" + OutputNames.shorten(name)
                        + "\", which is not a name inside the folder; remove it or choose another folder with --out DIR");
            }
            names.add(name);
        }
        return names;
    }
}
