package io.candor.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a path written in calls.csv into a file under the corpus root, or says why not. The text is
 * untrusted: "../../etc/passwd", an absolute path or a symbolic link out of the corpus must never
 * be read.
 */
final class CorpusPaths {

    private final Path root;
    private final Path realRoot;

    CorpusPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new CorpusException(root + ": the corpus folder cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The outcome: a readable file, or the reason it is not one. */
    record Resolved(Path file, String relativePath, String problem) {
    }

    Resolved resolve(String written) {
        String relative = written.strip().replace('\\', '/');
        if (relative.isEmpty()) {
            return new Resolved(null, null, "transcript path is empty");
        }
        if (relative.startsWith("/") || relative.matches("^[A-Za-z]:.*")) {
            return new Resolved(null, null, "transcript path '" + written + "' is absolute; write it relative to the corpus folder");
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            return new Resolved(null, null, "transcript path '" + written + "' leads outside the corpus folder");
        }
        return check(candidate, written);
    }

    /** Checks a file found by listing the corpus (it may still be a link that leads outside). */
    Resolved check(Path candidate, String written) {
        if (!Files.exists(candidate)) {
            return new Resolved(null, null, "transcript '" + written + "' does not exist");
        }
        if (!Files.isRegularFile(candidate)) {
            return new Resolved(null, null, "transcript '" + written + "' is not a file");
        }
        try {
            if (!candidate.toRealPath().startsWith(realRoot)) {
                return new Resolved(null, null, "transcript '" + written + "' is a link that leads outside the corpus folder");
            }
        } catch (IOException e) {
            return new Resolved(null, null, "transcript '" + written + "' cannot be read (" + e.getMessage() + ")");
        }
        return new Resolved(candidate, relativize(candidate), null);
    }

    /** The path relative to the corpus root with forward slashes, as reports show it. */
    String relativize(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    Path root() {
        return root;
    }
}
