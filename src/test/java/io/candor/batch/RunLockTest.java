package io.candor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path data;

    @Test
    void aSecondRunOnTheSameDataFolderIsRefusedUntilTheFirstEnds() throws Exception {
        try (var first = RunLock.tryAcquire(data).orElseThrow()) {
            assertThat(RunLock.tryAcquire(data)).isEmpty();
        }
        try (var again = RunLock.tryAcquire(data).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }
}
