package io.candor.batch;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Per-step progress on the terminal: items done / total, rate and ETA. Quiet when stdout is not a
 * terminal (cron, systemd, Kubernetes logs), where a redrawn bar is noise.
 */
public class TerminalProgress {

    private final boolean enabled;
    private ProgressBar bar;

    public TerminalProgress() {
        this(System.console() != null && !"true".equals(System.getenv("CI")));
    }

    public TerminalProgress(boolean enabled) {
        this.enabled = enabled;
    }

    public synchronized void start(String step, long total) {
        finish();
        if (enabled) {
            bar = new ProgressBarBuilder()
                    .setTaskName(String.format("%-8s", step))
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .showSpeed()
                    .setUnit(" items", 1)
                    .continuousUpdate()
                    .build();
        }
    }

    public synchronized void advance(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
