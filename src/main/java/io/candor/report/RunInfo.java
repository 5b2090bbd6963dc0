package io.candor.report;

import io.candor.config.CandorConfig;
import java.time.Instant;
import java.util.Objects;

/**
 * The run a set of reports belongs to.
 *
 * @param corpus        what was analysed, as the user named it (a folder name), shown in headers
 * @param config        the settings the run scored with: reports print its thresholds beside each figure
 * @param reportBaseUrl where the reports will be served, e.g. "https://candor.example.com/reports/2026-06-01";
 *                      null to write paths relative to the output folder into the CRM write-back file
 */
public record RunInfo(String runId, Instant generatedAt, String corpus, CandorConfig config, String reportBaseUrl) {

    public RunInfo {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(config, "config");
    }

    public RunInfo(String runId, Instant generatedAt, String corpus, CandorConfig config) {
        this(runId, generatedAt, corpus, config, null);
    }
}
