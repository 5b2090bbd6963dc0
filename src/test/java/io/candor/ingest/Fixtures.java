package io.candor.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixtures under src/test/resources: transcripts by theme, corpora by scenario. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String path) {
        URL url = Fixtures.class.getResource("/" + path);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path transcript(String relative) {
        return resource("transcripts/" + relative);
    }

    /** Reads a transcript fixture with format detection, as the ingest step does. */
    static ParsedTranscript read(String relative) throws TranscriptException {
        return new TranscriptReader().read(transcript(relative), "transcripts/" + relative, TranscriptFormats.AUTO);
    }

    static String content(String relative) {
        try {
            return Files.readString(transcript(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a corpus fixture into a temporary folder, so a test can add or break files in it. */
    static Path copyCorpus(String name, Path target) {
        Path source = resource("corpora/" + name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
