package io.candor.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of the corpus read whole: RFC 4180, UTF-8 with an optional BOM, first record the
 * header. Each row keeps the 1-based line it starts on (a quoted value may span lines), so
 * problems point at the line a user sees in an editor.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** A data row: values stripped, line where it starts. */
    record Row(int line, List<String> values) {

        /** The stripped value, or null when the column is absent or the cell is empty. */
        String get(OptionalInt column) {
            if (column.isEmpty() || column.getAsInt() >= values.size()) {
                return null;
            }
            String v = values.get(column.getAsInt());
            return v.isEmpty() ? null : v;
        }
    }

    private final String name;
    private final List<String> headers;
    private final List<Row> rows;

    private CsvTable(String name, List<String> headers, List<Row> rows) {
        this.name = name;
        this.headers = headers;
        this.rows = rows;
    }

    /** @param name the file name to use in messages, e.g. "deals.csv" */
    static CsvTable read(Path file, String name) {
        String content = decode(file, name);
        int[] lineStarts = lineStarts(content);
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(content))) {
            for (CSVRecord record : parser) {
                List<String> values = Arrays.stream(record.values()).map(String::strip).toList();
                if (headers == null) {
                    headers = values;
                } else {
                    rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), values));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CorpusException(name + ": not valid CSV (" + e.getMessage() + "); check for an unclosed quote");
        }
        if (headers == null) {
            throw new CorpusException(name + ": no header row");
        }
        return new CsvTable(name, headers, rows);
    }

    List<String> headers() {
        return headers;
    }

    List<Row> rows() {
        return rows;
    }

    String name() {
        return name;
    }

    /** The column whose header matches one of the names (case, spaces and underscores ignored), first name first. */
    OptionalInt column(List<String> names) {
        for (String wanted : names) {
            for (int i = 0; i < headers.size(); i++) {
                if (normalize(headers.get(i)).equals(normalize(wanted))) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** A required column, else a CorpusException naming the headers that would be accepted. */
    int requiredColumn(String canonical, List<String> accepted) {
        OptionalInt column = column(accepted);
        if (column.isEmpty()) {
            throw new CorpusException(name + ": no column for required field '" + canonical + "' (accepted headers: "
                    + String.join(", ", accepted) + "; found: " + String.join(", ", headers) + ")");
        }
        return column.getAsInt();
    }

    /** "Deal Owner", " deal_owner " and "DEAL  OWNER" are one header. */
    static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    /** Strict UTF-8 as for transcripts: a mis-encoded name would silently stop matching a speaker. */
    private static String decode(Path file, String name) {
        try {
            return TranscriptDecoder.decode(Files.readAllBytes(file), name);
        } catch (TranscriptException e) {
            throw new CorpusException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CorpusException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static int[] lineStarts(String content) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
