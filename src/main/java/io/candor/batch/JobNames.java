package io.candor.batch;

/** Names the job repository stores and ops see in the job history; stable across releases. */
public final class JobNames {

    public static final String JOB = "lossAnalysis";
    public static final String INGEST = "ingest";
    public static final String ANALYZE = "analyze";
    /** The worker step each analyze partition runs ("analyzeCalls:partition0", ...). */
    public static final String ANALYZE_WORKER = "analyzeCalls";
    public static final String SCORE = "score";
    public static final String REPORT = "report";

    /** Identifying job parameters: the same corpus, output and run date with the same sequence is the same run. */
    public static final String PARAM_CORPUS = "corpus";
    public static final String PARAM_OUT = "out";
    public static final String PARAM_RUN_DATE = "runDate";
    public static final String PARAM_SEQ = "run.seq";

    /** Exit status of a run that finished but reported some inputs as problems (process exit code 3). */
    public static final String COMPLETED_WITH_PROBLEMS = "COMPLETED_WITH_PROBLEMS";

    private JobNames() {
    }
}
