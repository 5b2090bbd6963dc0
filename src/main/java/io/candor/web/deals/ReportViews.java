package io.candor.web.deals;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;
import io.candor.domain.IngestProblem;
import io.candor.report.DealReportInput;
import io.candor.report.JsonReports;
import io.candor.report.PreviousSummary;
import io.candor.report.DealReportView;
import io.candor.report.DealViews;
import io.candor.report.RepCoachingView;
import io.candor.report.RepCoachingViews;
import io.candor.report.RunInfo;
import io.candor.report.SummaryView;
import io.candor.report.SummaryViews;
import io.candor.store.CandorStore;
import io.candor.store.StoredEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The report helper's view models, built from the database exactly as the report step builds them
 * for the files ({@link DealViews}, {@link SummaryViews}, {@link RepCoachingViews}), so a page and
 * its file show the same facts. The summary needs every deal, so it is rebuilt at most once per
 * {@code candor.web.summary-refresh} (default one minute); a single deal is built per request.
 *
 * <p>The dashboard's "since the previous run" section is computed without a previous summary (the
 * database keeps only the latest results), so it says there is nothing to compare; the file
 * summary.html of the same run carries that comparison.
 */
@Component
public class ReportViews {

    private static final Logger log = LoggerFactory.getLogger(ReportViews.class);

    private final CandorStore store;
    /** The data folder: the previous run's summary is kept there for "what changed since the previous run". */
    private final java.nio.file.Path data;
    private final JdbcTemplate jdbc;
    private final Duration refresh;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ReportViews(CandorStore store, DataSource dataSource, @Value("${candor.web.summary-refresh:PT1M}") Duration refresh,
                @Value("${candor.data:data}") java.nio.file.Path data) {
        this.store = store;
        this.data = data;
        this.jdbc = new JdbcTemplate(dataSource);
        this.refresh = refresh;
        this.clock = Clock.systemUTC();
    }

    /** The deal's report view; empty when the deal is unknown or not scored yet. */
    public Optional<DealReportView> deal(String dealId) {
        return store.assessment(dealId).flatMap(assessment -> StoredEvidence.load(store, dealId)
                .map(evidence -> new DealViews(run()).build(new DealReportInput(evidence, assessment), problems())));
    }

    public SummaryView summary() {
        return current().summary();
    }

    public Optional<RepCoachingView> coaching(String slug) {
        return current().coaching().stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.builtAt().plus(refresh).isBefore(now)) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.builtAt().plus(refresh).isBefore(now)) {
                    s = build(now);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot build(Instant now) {
        RunInfo run = run();
        List<IngestProblem> problems = problems();
        DealViews views = new DealViews(run);
        List<DealReportView> deals = new ArrayList<>();
        for (String dealId : store.dealIds()) {
            store.assessment(dealId).ifPresent(a -> StoredEvidence.load(store, dealId)
                    .ifPresent(evidence -> deals.add(views.build(new DealReportInput(evidence, a), problems))));
        }
        return new Snapshot(now, SummaryViews.build(run, deals, problems, previousSummary()), RepCoachingViews.build(run, deals));
    }

    private tools.jackson.databind.JsonNode previousSummary() {
        java.nio.file.Path kept = PreviousSummary.of(data);
        if (kept == null) {
            return null;
        }
        try {
            return JsonReports.parse(java.nio.file.Files.readString(kept));
        } catch (java.io.IOException | RuntimeException unreadable) {
            log.warn("cannot read {}: {}", kept, unreadable.getMessage());
            return null;
        }
    }

    private List<IngestProblem> problems() {
        return store.problems(CandorStore.PROBLEM);
    }

    /** The last completed run's id, time and settings; before any run, the defaults. */
    RunInfo run() {
        Optional<LastRun> last = LastRun.read(jdbc);
        String runId = last.map(LastRun::runId).orElse("no completed run");
        Instant at = last.map(LastRun::endedAt).orElse(clock.instant());
        String corpus = last.map(LastRun::corpus).orElse(null);
        return new RunInfo(runId, at == null ? clock.instant() : at, corpusName(corpus), config(corpus));
    }

    private static String corpusName(String corpus) {
        if (corpus == null || corpus.isBlank()) {
            return null;
        }
        Path name = Path.of(corpus).getFileName();
        return name == null ? corpus : name.toString();
    }

    /** The settings the run scored with: its corpus's candor.yml when the folder is still there, else the defaults. */
    private static CandorConfig config(String corpus) {
        if (corpus != null && Files.isDirectory(Path.of(corpus))) {
            try {
                return ConfigLoader.forCorpus(Path.of(corpus));
            } catch (RuntimeException e) {
                log.warn("cannot read the settings of corpus {} ({}); showing reports with the default thresholds", corpus, e.getMessage());
            }
        }
        return CandorConfig.defaults();
    }

    private record Snapshot(Instant builtAt, SummaryView summary, List<RepCoachingView> coaching) {
    }
}
