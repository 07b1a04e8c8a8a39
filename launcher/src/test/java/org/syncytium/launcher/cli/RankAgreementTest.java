package org.syncytium.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest the processes of an MPI job compare before building (the collective itself: MpiFaultsIT). */
class RankAgreementTest {

    @Test
    void textSurvivesThePackingIntoLongs() {
        for (String text : List.of("", "a", "12345678", "parameter seed\t1\nthe scenario file\tä, sha-256 0a\n")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long[] packed = RankAgreement.pack(bytes);
            long[] shifted = new long[packed.length + 3];
            System.arraycopy(packed, 0, shifted, 3, packed.length);
            assertArrayEquals(bytes, RankAgreement.unpack(shifted, 3));
        }
    }

    @Test
    void theFirstEntryThatDiffersIsNamed(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("s.yaml"), "simulate: 10\n");
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("seed", 1L));
        Map<String, String> zero = RankAgreement.entries(file, parameters, List.of());
        assertNull(RankAgreement.firstDifference(List.of(zero, zero, zero)));
        Map<String, String> other = RankAgreement.entries(file, Map.of("seed", 2L), List.of());
        assertEquals("process 2 disagrees with process 0 on parameter seed (2 vs 1): every process must run the same"
                + " scenario with the same seed", RankAgreement.firstDifference(List.of(zero, zero, other)));
        Path changed = Files.writeString(folder.resolve("t.yaml"), "simulate: 20\n");
        String line = RankAgreement.firstDifference(List.of(zero,
                RankAgreement.entries(changed, Map.of("seed", 2L), List.of())));
        assertEquals(true, line.matches("process 1 disagrees with process 0 on the scenario file \\(t.yaml, sha-256"
                + " [0-9a-f]{12} vs s.yaml, sha-256 [0-9a-f]{12}\\): .*"), line);
        Map<String, String> more = new LinkedHashMap<>(zero);
        more.put("parameter extra", "3");
        assertEquals("process 1 disagrees with process 0 on parameter extra (3 vs not declared): every process must"
                + " run the same scenario with the same seed", RankAgreement.firstDifference(List.of(zero, more)));
    }
}
