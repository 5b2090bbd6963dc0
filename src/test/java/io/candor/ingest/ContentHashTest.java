package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @TempDir
    Path temp;

    @Test
    void sha256OfTheBytesInLowerCaseHex() throws Exception {
        Path file = Files.writeString(temp.resolve("a.txt"), "abc", StandardCharsets.US_ASCII);
        // FIPS 180-2 test vector for "abc"
        assertThat(ContentHash.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void oneChangedByteChangesTheHash() throws Exception {
        Path file = Files.copy(Fixtures.transcript("zoom/brightwater-discovery.vtt"), temp.resolve("z.vtt"));
        String before = ContentHash.sha256(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] ^= 1;
        Files.write(file, bytes);

        assertThat(ContentHash.sha256(file)).isNotEqualTo(before).hasSize(64);
    }

    @Test
    void aMissingFileIsAnUncheckedIoError() {
        assertThatThrownBy(() -> ContentHash.sha256(temp.resolve("nope.vtt")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope.vtt");
    }
}
