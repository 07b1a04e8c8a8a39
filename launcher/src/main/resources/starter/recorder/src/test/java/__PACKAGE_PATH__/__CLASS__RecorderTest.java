package __PACKAGE__;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.record.Recording;
import org.syncytium.testkit.FakeRecordingContext;

class __CLASS__RecorderTest {

    @Test
    void countsSpikesPerSenderAfterStart() {
        Recording counter = new __CLASS__Recorder().create();
        counter.set("start", 1.0);
        counter.open(new FakeRecordingContext(0.1, 100, Path.of("."), ""));
        counter.spike(7, 5);   // 0.5 ms: before start
        counter.spike(7, 20);
        counter.spike(3, 21);
        counter.spike(7, 30);
        assertEquals(3L, counter.get("n_events"));
        assertArrayEquals(new long[] {3, 7}, (long[]) counter.get("senders"));
        assertArrayEquals(new long[] {1, 2}, (long[]) counter.get("counts"));
    }

    @Test
    void aNegativeStartIsRefused() {
        Recording counter = new __CLASS__Recorder().create();
        assertThrows(BadPropertyException.class, () -> counter.set("start", -1.0));
        assertEquals(0.0, counter.get("start"));
    }
}
