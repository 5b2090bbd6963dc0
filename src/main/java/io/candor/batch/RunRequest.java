package io.candor.batch;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What `candor run` was asked to do. Paths are absolute and normalized.
 *
 * @param reportBaseUrl where the reports will be served, for the links in crm-writeback.csv; null for paths
 */
public record RunRequest(Path corpus, Path out, Path data, LocalDate runDate, String reportBaseUrl) {

    public RunRequest {
        corpus = corpus.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        data = data.toAbsolutePath().normalize();
    }
}
