package io.candor.batch;

import java.time.LocalDate;

/** How reports name a run: "run 12 (2026-06-01)", the job instance and its run date. */
public final class RunIds {

    private RunIds() {
    }

    public static String of(long instanceId, LocalDate runDate) {
        return "run " + instanceId + (runDate == null ? "" : " (" + runDate + ")");
    }
}
