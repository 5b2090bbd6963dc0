package io.candor.batch;

import java.util.function.LongSupplier;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Drives {@link TerminalProgress}. On a plain step it starts and finishes the bar; on the workers of
 * a partitioned step ({@link #counting}) it only counts, into the bar its manager step started.
 */
public class ProgressListener implements StepExecutionListener, ItemWriteListener<Object> {

    private final TerminalProgress progress;
    private final String label;
    private final LongSupplier total;

    public ProgressListener(TerminalProgress progress, String label, LongSupplier total) {
        this.progress = progress;
        this.label = label;
        this.total = total;
    }

    /** For partition workers: counts written items, leaves the bar to the manager step. */
    public static ProgressListener counting(TerminalProgress progress) {
        return new ProgressListener(progress, null, null);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (label != null) {
            progress.start(label, total.getAsLong());
        }
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        progress.advance(items.size());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (label != null) {
            progress.finish();
        }
        return null;
    }
}
