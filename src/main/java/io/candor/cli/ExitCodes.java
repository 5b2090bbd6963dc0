package io.candor.cli;

/** Process exit codes, for schedulers (README "Exit codes"). */
public final class ExitCodes {

    /** Completed; every input processed. */
    public static final int OK = 0;
    /** Failed: the run did not complete (resume it by typing the same command again). */
    public static final int FAILED = 1;
    /** Usage error: a bad option, a missing corpus, an invalid candor.yml, a malformed query. */
    public static final int USAGE = 2;
    /** Completed, but some inputs were reported as problems (listed in the run summary). */
    public static final int COMPLETED_WITH_PROBLEMS = 3;

    private ExitCodes() {
    }
}
