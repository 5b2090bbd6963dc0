package io.candor.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as a {@link Snippet} of plain fragments instead of a string
 * with tags in it, so that callers escape the text for their medium before marking it.
 */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Snippet format(Passage[] passages, String content) {
        List<Snippet.Fragment> fragments = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            if (previousEnd >= 0 && start > previousEnd) {
                plain(fragments, Snippet.ELLIPSIS);
            } else if (previousEnd < 0 && start > 0) {
                plain(fragments, "… ");
            }
            int pos = start;
            int[] matchStarts = passage.getMatchStarts();
            int[] matchEnds = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(matchStarts[i], pos);
                int matchEnd = Math.min(matchEnds[i], passage.getEndOffset());
                if (matchEnd <= matchStart) {
                    continue; // overlapping matches (e.g. a term in two phrases) are marked once
                }
                plain(fragments, content.substring(pos, matchStart));
                fragments.add(new Snippet.Fragment(content.substring(matchStart, matchEnd), true));
                pos = matchEnd;
            }
            plain(fragments, content.substring(pos, passage.getEndOffset()));
            previousEnd = passage.getEndOffset();
        }
        if (previousEnd >= 0 && previousEnd < content.strip().length()) {
            plain(fragments, " …");
        }
        return new Snippet(trimEnd(fragments));
    }

    private static void plain(List<Snippet.Fragment> fragments, String text) {
        if (!text.isEmpty()) {
            fragments.add(new Snippet.Fragment(text, false));
        }
    }

    /** Sentence boundaries leave trailing blanks inside a passage; they look like stray gaps. */
    private static List<Snippet.Fragment> trimEnd(List<Snippet.Fragment> fragments) {
        for (int i = 0; i < fragments.size(); i++) {
            Snippet.Fragment f = fragments.get(i);
            if (!f.highlighted() && f.text().contains("  ")) {
                fragments.set(i, new Snippet.Fragment(f.text().replaceAll("\\s{2,}", " "), false));
            }
        }
        if (!fragments.isEmpty()) {
            Snippet.Fragment last = fragments.get(fragments.size() - 1);
            if (!last.highlighted()) {
                fragments.set(fragments.size() - 1, new Snippet.Fragment(last.text().stripTrailing(), false));
            }
        }
        return fragments;
    }
}
