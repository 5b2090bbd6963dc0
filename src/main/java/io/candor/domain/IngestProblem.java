package io.candor.domain;

/**
 * An input that could not be used. Never fatal: it is stored, listed in the run summary and the
 * deal's report, and makes the job finish with "completed with problems".
 *
 * @param file   path relative to the corpus root
 * @param line   1-based line where known, else null
 * @param dealId the deal it belongs to where known, else null
 */
public record IngestProblem(String file, Integer line, String dealId, String reason) {

    /** "transcripts/d1/x.vtt:12: cue time '00:01:xx' is not hh:mm:ss.mmm" */
    public String describe() {
        return file + (line == null ? "" : ":" + line) + ": " + reason;
    }
}
