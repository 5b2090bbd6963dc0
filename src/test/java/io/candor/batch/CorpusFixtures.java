package io.candor.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds test corpora from the shipped corpus, so the fixtures are the same realistic calls users see. */
final class CorpusFixtures {

    static final Path SHIPPED = Path.of("corpus");

    private CorpusFixtures() {
    }

    /** A corpus holding only the given deals of the shipped corpus (rows and transcripts). */
    static Path subset(Path target, Set<String> dealIds) {
        try {
            Files.createDirectories(target);
            Files.copy(SHIPPED.resolve("candor.yml"), target.resolve("candor.yml"));
            copyRows("deals.csv", target, line -> dealIds.stream().anyMatch(id -> line.startsWith(id + ",")));
            copyRows("calls.csv", target, line -> dealIds.stream().anyMatch(id -> line.contains("," + id + ",")));
            Set<String> callIds = Files.readAllLines(target.resolve("calls.csv")).stream().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
            copyRows("participants.csv", target, line -> callIds.contains(line.substring(0, line.indexOf(','))));
            for (String id : dealIds) {
                copyTree(SHIPPED.resolve("transcripts").resolve(id), target.resolve("transcripts").resolve(id));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void appendLine(Path file, String line) throws IOException {
        Files.writeString(file, line + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private static void copyRows(String name, Path target, java.util.function.Predicate<String> keep) throws IOException {
        List<String> lines = Files.readAllLines(SHIPPED.resolve(name));
        List<String> kept = new java.util.ArrayList<>();
        kept.add(lines.get(0));
        lines.stream().skip(1).filter(keep).forEach(kept::add);
        Files.write(target.resolve(name), kept);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
    }
}
