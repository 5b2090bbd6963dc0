package io.candor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The summary of the last *other* run, kept at {@code <data>/previous-summary.json}: "what changed
 * since the previous run" must compare runs, not a run with its own re-render or restart, and the
 * web dashboard (which has no output folder) reads the same file.
 */
public final class PreviousSummary {

    public static final String FILE_NAME = "previous-summary.json";

    private PreviousSummary() {
    }

    /**
     * Before a run writes its summary: when {@code <out>/summary.json} belongs to another run, it becomes
     * the kept previous summary. Returns the kept file, or null on a first run.
     */
    public static Path keep(Path out, Path data, String runId) {
        Path current = out.resolve("summary.json");
        Path kept = data.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(current) && !runId.equals(runIdOf(current))) {
                Files.createDirectories(data);
                Path tmp = Files.createTempFile(data, FILE_NAME, ".tmp");
                Files.copy(current, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the previous run's summary in " + kept, e);
        }
        return Files.isRegularFile(kept) ? kept : null;
    }

    /** The kept previous summary of a data folder, or null. */
    public static Path of(Path data) {
        Path kept = data.resolve(FILE_NAME);
        return Files.isRegularFile(kept) ? kept : null;
    }

    private static String runIdOf(Path summary) {
        try {
            var node = JsonReports.parse(Files.readString(summary)).get("run_id");
            return node == null ? null : node.asString();
        } catch (IOException | RuntimeException unreadable) {
            return null; // an unreadable summary is no run's: keep it aside like any other
        }
    }
}
