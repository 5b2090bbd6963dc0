package io.candor.ingest;

import io.candor.domain.IngestProblem;
import io.candor.domain.Participant;
import io.candor.domain.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * participants.csv: who was on each call and on which side. A row naming a call the corpus does
 * not have is a problem (a typo there would silently leave speakers UNKNOWN); a bad affiliation is
 * a problem but the row is kept for its e-mail.
 */
final class ParticipantsCsvReader {

    static final String FILE = "participants.csv";

    record Result(List<Participant> participants, List<IngestProblem> problems) {
    }

    private ParticipantsCsvReader() {
    }

    static Result read(Path file, Set<String> callIds, Set<String> ignoredCallIds) {
        CsvTable table = CsvTable.read(file, FILE);
        OptionalInt callId = OptionalInt.of(table.requiredColumn("call_id", List.of("call_id")));
        OptionalInt name = OptionalInt.of(table.requiredColumn("name", List.of("name")));
        OptionalInt email = table.column(List.of("email"));
        OptionalInt affiliation = table.column(List.of("affiliation"));
        OptionalInt title = table.column(List.of("title"));
        List<Participant> participants = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String call = row.get(callId);
            String who = row.get(name);
            if (call == null || who == null) {
                problems.add(new IngestProblem(FILE, row.line(), null, (call == null ? "call_id" : "name") + " is empty"));
                continue;
            }
            if (ignoredCallIds.contains(call)) {
                continue;
            }
            if (!callIds.contains(call)) {
                problems.add(new IngestProblem(FILE, row.line(), null, "call_id '" + call + "' is not a call of this corpus"));
                continue;
            }
            String affiliationText = row.get(affiliation);
            Side side = side(affiliationText);
            if (affiliationText != null && side == null) {
                problems.add(new IngestProblem(FILE, row.line(), null, "affiliation '" + affiliationText
                        + "' is not internal or external; the row is kept without a side"));
            }
            participants.add(new Participant(call, who, row.get(email), side, row.get(title)));
        }
        return new Result(participants, problems);
    }

    /** internal/seller to SELLER, external/buyer/customer/prospect to BUYER; null when blank or unrecognised. */
    static Side side(String affiliation) {
        if (affiliation == null) {
            return null;
        }
        return switch (affiliation.strip().toLowerCase(Locale.ROOT)) {
            case "internal", "seller" -> Side.SELLER;
            case "external", "buyer", "customer", "prospect" -> Side.BUYER;
            default -> null;
        };
    }
}
