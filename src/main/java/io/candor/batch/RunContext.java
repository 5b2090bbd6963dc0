package io.candor.batch;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;

/**
 * The run the job is executing now. One run at a time per process (the run lock enforces one per
 * data folder), so the steps share this instead of threading job parameters through every bean.
 */
public class RunContext {

    private volatile RunRequest request;
    private volatile CandorConfig config;

    public void begin(RunRequest request) {
        this.request = request;
        this.config = ConfigLoader.forCorpus(request.corpus());
    }

    public RunRequest request() {
        if (request == null) {
            throw new IllegalStateException("no run in progress");
        }
        return request;
    }

    public CandorConfig config() {
        request();
        return config;
    }
}
