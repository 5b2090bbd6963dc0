package io.candor.nlp.signals.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-labeled TSV of labels/: a header row, then one utterance a row. Rows are split into a dev
 * part (used while writing lexicons) and a held-out part (never looked at while tuning): every row
 * whose id number is divisible by 3 is held out.
 */
public record LabeledSet(Path file, List<Map<String, String>> rows) {

    public enum Part { ALL, DEV, HELD_OUT }

    public static LabeledSet read(Path file, List<String> requiredColumns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labeled set " + file, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty, expected a header row with " + requiredColumns);
        }
        String[] header = lines.get(0).split("\t", -1);
        for (String c : requiredColumns) {
            if (!List.of(header).contains(c)) {
                throw new IllegalArgumentException(file + ":1: missing column '" + c + "' (header: " + List.of(header) + ")");
            }
        }
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + cells.length + " cells, expected " + header.length);
            }
            var row = new LinkedHashMap<String, String>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], cells[c].strip());
            }
            rows.add(row);
        }
        return new LabeledSet(file, List.copyOf(rows));
    }

    public List<Map<String, String>> rows(Part part) {
        return rows.stream().filter(r -> part == Part.ALL || heldOut(r.get("id")) == (part == Part.HELD_OUT)).toList();
    }

    static boolean heldOut(String id) {
        String digits = id.replaceAll("\\D", "");
        return !digits.isEmpty() && Integer.parseInt(digits) % 3 == 0;
    }
}
