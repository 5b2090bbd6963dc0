package io.candor.ingest;

import io.candor.domain.IngestProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * calls.csv: which transcript belongs to which deal. A row for an unknown deal, a duplicate call id,
 * an unknown format name or a transcript path that is missing or leads outside the corpus is a
 * problem and left out; a bad started_at is a problem but the call is kept without a start time.
 */
final class CallsCsvReader {

    static final String FILE = "calls.csv";

    private CallsCsvReader() {
    }

    static CallList read(Path file, CorpusPaths paths, KnownDeals deals) {
        CsvTable table = CsvTable.read(file, FILE);
        int callId = table.requiredColumn("call_id", List.of("call_id"));
        int dealId = table.requiredColumn("deal_id", List.of("deal_id"));
        int transcript = table.requiredColumn("transcript", List.of("transcript"));
        OptionalInt startedAt = table.column(List.of("started_at"));
        OptionalInt title = table.column(List.of("title"));
        OptionalInt format = table.column(List.of("format"));
        List<CallRef> calls = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        Set<String> ignored = new HashSet<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.get(OptionalInt.of(callId));
            String deal = row.get(OptionalInt.of(dealId));
            String problem = id == null ? "call_id is empty"
                    : firstLine.containsKey(id) ? "duplicate call_id '" + id + "' (first on line " + firstLine.get(id) + ")"
                    : deal == null ? "deal_id is empty" : null;
            if (problem != null) {
                problems.add(new IngestProblem(FILE, row.line(), deal, problem));
                continue;
            }
            firstLine.put(id, row.line());
            ignored.add(id); // until the row is accepted below
            if (deals.isSkipped(deal)) {
                continue;
            }
            if (!deals.usable(deal)) {
                problems.add(new IngestProblem(FILE, row.line(), deal, "call '" + id + "': " + deals.unknownDealReason(deal)));
                continue;
            }
            String formatName = row.get(format) == null ? TranscriptFormats.AUTO : row.get(format);
            if (!TranscriptFormats.isKnown(formatName)) {
                problems.add(new IngestProblem(FILE, row.line(), deal, "call '" + id + "': unknown format '" + formatName
                        + "' (known: auto, " + String.join(", ", TranscriptFormats.names()) + ")"));
                continue;
            }
            CorpusPaths.Resolved path = paths.resolve(row.get(OptionalInt.of(transcript)) == null ? "" : row.get(OptionalInt.of(transcript)));
            if (path.problem() != null) {
                problems.add(new IngestProblem(FILE, row.line(), deal, "call '" + id + "': " + path.problem()));
                continue;
            }
            Instant started = null;
            String startedText = row.get(startedAt);
            if (startedText != null) {
                started = instant(startedText);
                if (started == null) {
                    problems.add(new IngestProblem(FILE, row.line(), deal, "call '" + id + "': started_at '" + startedText
                            + "' is not ISO-8601 (e.g. 2026-06-03T15:00:00Z); the call is kept without a start time"));
                }
            }
            ignored.remove(id);
            calls.add(new CallRef(id, deal, started, row.get(title), path.file(), path.relativePath(),
                    formatName.strip().toLowerCase(java.util.Locale.ROOT), calls.size()));
        }
        return new CallList(CallList.ordered(calls, deals), problems, ignored);
    }

    /** ISO-8601 with offset, or without one (read as UTC), or a bare date (midnight UTC); null when none of these. */
    static Instant instant(String text) {
        String s = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
