package io.candor.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits a cue file (WebVTT, SubRip) into blank-line separated blocks, keeping 1-based line numbers for errors. */
final class TextBlocks {

    private TextBlocks() {
    }

    /** A block of consecutive non-blank lines; {@code firstLine} is the 1-based number of its first line. */
    record Block(int firstLine, List<String> lines) {

        int lineOf(int indexInBlock) {
            return firstLine + indexInBlock;
        }
    }

    static List<Block> split(String content) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        int lineNo = 0;
        for (String line : content.lines().toList()) {
            lineNo++;
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(first, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    first = lineNo;
                }
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(first, current));
        }
        return blocks;
    }

    /** Strips a leading byte-order mark, for callers that hand content to a format directly. */
    static String withoutBom(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }
}
