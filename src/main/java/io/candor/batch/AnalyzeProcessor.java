package io.candor.batch;

import io.candor.nlp.AnalyzedCall;
import io.candor.nlp.CallAnalyzer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** CoreNLP signals and timing metrics for one call. Pure CPU work: the expensive part of the night. */
public class AnalyzeProcessor implements ItemProcessor<CallToAnalyze, AnalyzedCall> {

    private final CallAnalyzer analyzer;
    private final RunContext run;

    public AnalyzeProcessor(CallAnalyzer analyzer, RunContext run) {
        this.analyzer = analyzer;
        this.run = run;
    }

    @Override
    public AnalyzedCall process(CallToAnalyze item) {
        return analyzer.analyze(item.deal(), item.call(), run.config());
    }
}
