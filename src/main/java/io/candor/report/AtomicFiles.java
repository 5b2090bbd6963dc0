package io.candor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so readers see the old version or the new one, never half of one: content goes to a
 * temporary file in the same folder (same file system, so the move is a rename), which then replaces
 * the target. If producing the content fails, the temporary file is removed and the old file stays.
 * A rerun after a crash simply writes again: reports are idempotent by file name.
 */
public final class AtomicFiles {

    /** Produces a file's content; may throw, in which case nothing is replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, String content) {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The original failure is the one worth reporting; a stray .tmp is harmless and named as such.
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network mounts) cannot rename atomically; replacing is the best left.
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
