package io.candor.report;

import io.candor.domain.IngestProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Writes a run's reports:
 * <pre>
 * out/deals/&lt;deal&gt;.json|.md|.html   one per deal
 * out/summary.json|.html               the run summary
 * out/deals.csv                        one row a deal
 * out/crm-writeback.csv                for the CRM's import tool
 * out/coaching/&lt;rep&gt;.html|.md       one per deal owner
 * </pre>
 * Every file is replaced atomically, so a reader (or a crash) never sees half a report, and a rerun
 * rewrites the same files: safe to repeat after a failed run. File names come from deal ids and rep
 * names through {@link SafeFileNames}.
 */
public final class ReportWriter {

    private final HtmlReports html;
    private final MarkdownDealRenderer markdown = new MarkdownDealRenderer();
    private final MarkdownCoachingRenderer coachingMarkdown = new MarkdownCoachingRenderer();

    public ReportWriter() {
        this(new HtmlReports());
    }

    /** With a given HTML renderer, e.g. one the web app already configured. */
    public ReportWriter(HtmlReports html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /** What was written, for the run log. */
    public record Written(int deals, int reps, List<Path> files) {
    }

    /**
     * @param previousSummaryOrNull the previous run's summary.json for "what changed"; null or a missing file
     *                              means first run; an unreadable one is noted in the summary, never fatal
     */
    public static Written writeAll(Path outDir, List<DealReportInput> deals, RunInfo run, List<IngestProblem> problems,
                                   Path previousSummaryOrNull) {
        return new ReportWriter().write(outDir, deals, run, problems, previousSummaryOrNull);
    }

    public Written write(Path outDir, List<DealReportInput> deals, RunInfo run, List<IngestProblem> problems, Path previousSummaryOrNull) {
        Objects.requireNonNull(outDir, "outDir");
        checkUniqueFileNames(deals);
        // Read before anything is written: the previous summary may be the very file this run replaces.
        Previous previous = readPrevious(previousSummaryOrNull);
        DealViews views = new DealViews(run);
        List<DealReportView> dealViews = deals.stream().map(d -> views.build(d, problems)).toList();
        List<Path> files = new ArrayList<>();
        Path dealsDir = outDir.resolve("deals");
        for (DealReportView v : dealViews) {
            String base = SafeFileNames.forId(v.dealId());
            files.add(write(SafeFileNames.inside(dealsDir, base + ".json"), JsonReports.render(v)));
            files.add(write(SafeFileNames.inside(dealsDir, base + ".md"), markdown.render(v)));
            files.add(write(SafeFileNames.inside(dealsDir, base + ".html"), html.deal(v)));
        }
        List<IngestProblem> allProblems = new ArrayList<>(problems);
        if (previous.problem() != null) {
            allProblems.add(previous.problem());
        }
        SummaryView summary = SummaryViews.build(run, dealViews, allProblems, previous.json());
        List<RepCoachingView> reps = RepCoachingViews.build(run, dealViews);
        Path coachingDir = outDir.resolve("coaching");
        for (RepCoachingView r : reps) {
            files.add(write(SafeFileNames.inside(coachingDir, r.slug() + ".html"), html.coaching(r)));
            files.add(write(SafeFileNames.inside(coachingDir, r.slug() + ".md"), coachingMarkdown.render(r)));
        }
        Path deals_csv = SafeFileNames.inside(outDir, "deals.csv");
        AtomicFiles.write(deals_csv, out -> CsvReports.writeDeals(summary.deals(), out));
        files.add(deals_csv);
        Path writeback = SafeFileNames.inside(outDir, "crm-writeback.csv");
        AtomicFiles.write(writeback, out -> CsvReports.writeCrmWriteback(summary.deals(), run.reportBaseUrl(), out));
        files.add(writeback);
        // The summary comes last: its presence says the run's reports are complete.
        files.add(write(SafeFileNames.inside(outDir, "summary.html"), html.summary(summary)));
        files.add(write(SafeFileNames.inside(outDir, "summary.json"), JsonReports.render(summary)));
        return new Written(dealViews.size(), reps.size(), files);
    }

    private static Path write(Path file, String content) {
        AtomicFiles.write(file, content);
        return file;
    }

    /** Two ids that reduce to one file name would overwrite each other's report: refuse before writing anything. */
    private static void checkUniqueFileNames(List<DealReportInput> deals) {
        Set<String> seen = new HashSet<>();
        for (DealReportInput d : deals) {
            String id = d.evidence().deal().dealId();
            if (!seen.add(SafeFileNames.forId(id).toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("deal id '" + id + "' appears twice in the run (or differs from another only in case),"
                        + " so their report files would collide; deal ids must be unique");
            }
        }
    }

    private record Previous(JsonNode json, IngestProblem problem) {
    }

    private static Previous readPrevious(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new Previous(null, null);
        }
        try {
            return new Previous(JsonReports.parse(Files.readString(file)), null);
        } catch (IOException | UncheckedIOException | JacksonException e) {
            return new Previous(null, new IngestProblem(file.toString(), null, null,
                    "previous summary not readable, so nothing is compared with it: " + e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
