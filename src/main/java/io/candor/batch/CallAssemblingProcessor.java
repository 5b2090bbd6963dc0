package io.candor.batch;

import io.candor.domain.Call;
import io.candor.domain.IngestProblem;
import io.candor.ingest.CallAssembler;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Turns a parsed transcript into a normalized call with every speaker's side resolved. Pure. */
public class CallAssemblingProcessor implements ItemProcessor<IngestItem, IngestResult> {

    private final CorpusCatalog catalog;

    public CallAssemblingProcessor(CorpusCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public IngestResult process(IngestItem item) {
        int seq = item.ref().order();
        if (item.error() != null) {
            var e = item.error();
            return new IngestResult(null, seq, new IngestProblem(e.file(), e.line(), item.ref().dealId(), e.reason()), List.of());
        }
        CallAssembler assembler = catalog.assembler();
        Call call = assembler.assemble(item.deal(), item.ref(), item.parsed(), item.contentHash());
        return new IngestResult(call, seq, null, CallAssembler.unknownSpeakers(call));
    }
}
