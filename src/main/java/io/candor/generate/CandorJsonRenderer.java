package io.candor.generate;

import io.candor.domain.Call;
import io.candor.ingest.CandorJsonWriter;
import java.util.Random;

/**
 * Candor's own normalized call, written by the same writer `candor export` uses, so the generator
 * can never drift from what ingest reads. Sides are given, so such a call needs no role resolution.
 */
final class CandorJsonRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "candor-json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String render(Call call, Random random) {
        return CandorJsonWriter.write(call);
    }
}
