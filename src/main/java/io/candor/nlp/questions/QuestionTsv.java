package io.candor.nlp.questions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads question TSV files: {@code id<TAB>speaker<TAB>text}, optionally followed by {@code label}
 * (open|closed|none) and {@code kind}. A header row is recognised by its first cell "id". A blank
 * line ends a conversation, so one file can hold many (the labeled set does). Rows keep file order.
 */
public final class QuestionTsv {

    private QuestionTsv() {
    }

    /** Conversations in file order; a file without blank lines is one conversation. */
    public static List<List<LabeledUtterance>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QuestionTsvException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<List<LabeledUtterance>> conversations = new ArrayList<>();
        List<LabeledUtterance> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBom(lines.get(i), i);
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    conversations.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            if (i == 0 && isHeader(line)) {
                continue;
            }
            current.add(parse(file, i + 1, line));
        }
        if (!current.isEmpty()) {
            conversations.add(current);
        }
        return conversations;
    }

    private static LabeledUtterance parse(Path file, int lineNo, String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 3) {
            throw new QuestionTsvException(file + ":" + lineNo + ": expected id<TAB>speaker<TAB>text, found "
                    + cells.length + " column(s): '" + abbreviate(line) + "'");
        }
        if (cells[0].isBlank()) {
            throw new QuestionTsvException(file + ":" + lineNo + ": empty id");
        }
        QuestionKind gold = null;
        if (cells.length > 3 && !cells[3].isBlank()) {
            try {
                gold = QuestionKind.of(cells[3]);
            } catch (IllegalArgumentException e) {
                throw new QuestionTsvException(file + ":" + lineNo + ": " + e.getMessage());
            }
        }
        String kind = cells.length > 4 ? cells[4].strip() : "";
        return new LabeledUtterance(new Utterance(cells[0].strip(), cells[1].strip(), cells[2]), gold, kind, lineNo);
    }

    private static boolean isHeader(String line) {
        String[] cells = line.split("\t", -1);
        return cells.length >= 3 && cells[0].strip().toLowerCase(Locale.ROOT).equals("id")
                && cells[1].strip().toLowerCase(Locale.ROOT).equals("speaker");
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** A question TSV that cannot be read; the message names the file and line. */
    public static final class QuestionTsvException extends RuntimeException {
        public QuestionTsvException(String message) {
            super(message);
        }

        public QuestionTsvException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
