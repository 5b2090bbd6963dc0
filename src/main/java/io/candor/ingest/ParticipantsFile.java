package io.candor.ingest;

import io.candor.domain.Participant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** A participants CSV given for one transcript outside a corpus (`candor analyze-call --participants`). */
public final class ParticipantsFile {

    private ParticipantsFile() {
    }

    /**
     * Every row of the file, applied to the one call being read: a call_id column is optional here,
     * and rows naming another call are left out. Bad rows throw {@link CorpusException} naming the line.
     */
    public static List<Participant> forCall(Path file, String callId) {
        CsvTable table = CsvTable.read(file, file.getFileName().toString());
        OptionalInt call = table.column(List.of("call_id"));
        OptionalInt name = OptionalInt.of(table.requiredColumn("name", List.of("name")));
        OptionalInt email = table.column(List.of("email"));
        OptionalInt affiliation = table.column(List.of("affiliation"));
        OptionalInt title = table.column(List.of("title"));
        List<Participant> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String rowCall = row.get(call);
            if (rowCall != null && !rowCall.equals(callId)) {
                continue;
            }
            String who = row.get(name);
            if (who == null) {
                throw new CorpusException(file + ":" + row.line() + ": name is empty");
            }
            out.add(new Participant(callId, who, row.get(email), ParticipantsCsvReader.side(row.get(affiliation)), row.get(title)));
        }
        return out;
    }
}
