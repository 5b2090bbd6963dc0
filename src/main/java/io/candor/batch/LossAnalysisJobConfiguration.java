package io.candor.batch;

import io.candor.store.DataFolder;
import io.candor.index.TurnIndex;
import io.candor.ingest.TranscriptReader;
import io.candor.nlp.AnalyzedCall;
import io.candor.nlp.CallAnalyzer;
import io.candor.scoring.DealEvidence;
import io.candor.store.CandorStore;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job {@value JobNames#JOB}: ingest, analyze (partitioned over the cores), score, report.
 * The only class that knows Spring Batch's builders; every item class is plain.
 */
@Configuration(proxyBeanMethods = false)
public class LossAnalysisJobConfiguration {

    /** Transcripts per ingest transaction: parsing is cheap, so larger chunks mean fewer commits. */
    private static final int INGEST_CHUNK = 20;
    /** Calls per analyze transaction: a CoreNLP pass takes seconds, so a crash loses little. */
    private static final int ANALYZE_CHUNK = 4;
    private static final int SCORE_CHUNK = 25;

    @Bean
    RunContext runContext() {
        return new RunContext();
    }

    @Bean
    CandorStore candorStore(DataSource dataSource) {
        CandorStore store = new CandorStore(dataSource);
        store.initSchema(dataSource);
        return store;
    }

    @Bean(destroyMethod = "close")
    TurnIndex turnIndex(@Value("${candor.data:data}") Path data) throws Exception {
        return TurnIndex.open(DataFolder.index(data));
    }

    @Bean
    RunSummary runSummary(CandorStore store, JobRepository repository) {
        return new RunSummary(store, repository);
    }

    @Bean
    TerminalProgress terminalProgress() {
        return new TerminalProgress();
    }

    @Bean
    CallAnalyzer callAnalyzer() {
        return CallAnalyzer.standard();
    }

    @Bean
    CorpusCatalog corpusCatalog(CandorStore store, RunContext run) {
        return new CorpusCatalog(store, run);
    }

    @Bean
    RunLauncher runLauncher(JobOperator operator, JobRepository repository, Job lossAnalysisJob, RunContext run) {
        return new RunLauncher(operator, repository, lossAnalysisJob, run);
    }

    @Bean
    Job lossAnalysisJob(JobRepository repository, Step ingestStep, Step analyzeStep, Step scoreStep, Step reportStep,
                        CandorStore store) {
        return new JobBuilder(JobNames.JOB, repository)
                .start(ingestStep)
                .next(analyzeStep)
                .next(scoreStep)
                .next(reportStep)
                .listener(new ProblemsExitStatusListener(store))
                .build();
    }

    @Bean
    Step ingestStep(JobRepository repository, PlatformTransactionManager tx, CorpusCatalog catalog,
                    CandorStore store, TerminalProgress progress) {
        return new StepBuilder(JobNames.INGEST, repository)
                .<IngestItem, IngestResult>chunk(INGEST_CHUNK)
                .transactionManager(tx)
                .reader(new TranscriptFileReader(catalog, new TranscriptReader(TranscriptReader.DEFAULT_MAX_BYTES)))
                .processor(new CallAssemblingProcessor(catalog))
                .writer(new IngestResultWriter(store))
                .listener(catalog)
                .listener(new ProgressListener(progress, JobNames.INGEST, () -> catalog.calls().size()))
                .build();
    }

    @Bean
    Step analyzeStep(JobRepository repository, Step analyzeWorkerStep, CandorStore store, TurnIndex index,
                     TerminalProgress progress, @Value("${candor.analyze.threads:0}") int threads) {
        int grid = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new StepBuilder(JobNames.ANALYZE, repository)
                .partitioner(JobNames.ANALYZE_WORKER, new PendingCallPartitioner())
                .step(analyzeWorkerStep)
                .gridSize(grid)
                .taskExecutor(new SimpleAsyncTaskExecutor("analyze-"))
                .listener(new IndexRetention(store, index))
                .listener(new ProgressListener(progress, JobNames.ANALYZE, () -> store.pendingCallIds().size()))
                .build();
    }

    @Bean
    Step analyzeWorkerStep(JobRepository repository, PlatformTransactionManager tx, PendingCallReader pendingCallReader,
                           CallAnalyzer analyzer, RunContext run, CandorStore store, TurnIndex index,
                           TerminalProgress progress) {
        return new StepBuilder(JobNames.ANALYZE_WORKER, repository)
                .<CallToAnalyze, AnalyzedCall>chunk(ANALYZE_CHUNK)
                .transactionManager(tx)
                .reader(pendingCallReader)
                .processor(new AnalyzeProcessor(analyzer, run))
                .writer(new AnalysisWriter(store, index))
                .listener(ProgressListener.counting(progress))
                .build();
    }

    @Bean
    @StepScope
    PendingCallReader pendingCallReader(CandorStore store,
                                        @Value("#{stepExecutionContext['partition']}") Integer partition,
                                        @Value("#{stepExecutionContext['grid']}") Integer grid) {
        return new PendingCallReader(store, partition == null ? 0 : partition, grid == null ? 1 : grid);
    }

    @Bean
    Step scoreStep(JobRepository repository, PlatformTransactionManager tx, CandorStore store, TurnIndex index,
                   RunContext run, TerminalProgress progress) {
        return new StepBuilder(JobNames.SCORE, repository)
                .<DealEvidence, ScoredDeal>chunk(SCORE_CHUNK)
                .transactionManager(tx)
                .reader(new DealEvidenceReader(store))
                .processor(new ScoreProcessor(run))
                .writer(new AssessmentWriter(store, index))
                .listener(new ProgressListener(progress, JobNames.SCORE, () -> store.dealIds().size()))
                .build();
    }

    @Bean
    Step reportStep(JobRepository repository, PlatformTransactionManager tx, CandorStore store, RunContext run) {
        return new StepBuilder(JobNames.REPORT, repository)
                .tasklet(new ReportTasklet(store, run), tx)
                .allowStartIfComplete(true)
                .build();
    }
}
