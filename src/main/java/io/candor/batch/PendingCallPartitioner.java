package io.candor.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the pending calls by a stable hash of the call id. Partitions hold no id lists: each worker
 * asks the store for its share of what is still pending, so a restarted partition skips what it
 * committed before the crash.
 */
public class PendingCallPartitioner implements Partitioner {

    static final String PARTITION = "partition";
    static final String GRID = "grid";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> parts = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt(PARTITION, i);
            ctx.putInt(GRID, gridSize);
            parts.put("partition" + i, ctx);
        }
        return parts;
    }

    static boolean belongs(String callId, int partition, int grid) {
        return Math.floorMod(callId.hashCode(), grid) == partition;
    }
}
