package io.candor.batch;

import java.util.List;

/**
 * How a run ended, as ops see it.
 *
 * @param exitCode 0 completed, 3 completed with problems, 1 failed (README "Exit codes")
 * @param resumed  true when this run resumed a failed or killed one instead of starting afresh
 * @param failure  the first failure's innermost message, one line; null when the run completed
 */
public record RunOutcome(int exitCode, long jobExecutionId, String status, boolean resumed, List<String> lines, String failure) {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int COMPLETED_WITH_PROBLEMS = 3;
}
