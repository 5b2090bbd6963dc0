package io.candor.cli;

import io.candor.index.FacetCount;
import io.candor.index.SearchRequest;
import io.candor.index.SearchResult;
import io.candor.index.TurnHit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable result of {@code candor search}: ranked hits, their context, then facet counts. */
final class SearchText {

    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";
    /** Context turns are shown whole up to this length; a long monologue is cut so the hit stays in view. */
    private static final int CONTEXT_CHARS = 240;

    private final PrintWriter out;
    private final boolean ansi;

    SearchText(PrintWriter out, boolean ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    void print(String query, SearchRequest request, SearchResult result) {
        if (result.hits().isEmpty()) {
            out.println(result.total() == 0 ? "No turns match '" + query + "'." :
                    "No hits past " + request.offset() + " (" + total(result) + " in all).");
            return;
        }
        int first = request.offset() + 1;
        out.printf("%s %s '%s' (showing %d-%d)%n", total(result), result.total() == 1 ? "matches" : "match", query, first, first + result.hits().size() - 1);
        int rank = first;
        for (TurnHit hit : result.hits()) {
            out.println();
            out.printf("%d. deal %s · call %s%s · %s · %s (%s) · rep %s%n", rank++, hit.dealId(), hit.callId(),
                    hit.callDate() == null ? "" : " (" + hit.callDate() + ")", hit.time(), hit.speaker(), hit.side(),
                    hit.rep() == null ? "?" : hit.rep());
            hit.contextBefore().forEach(this::printContext);
            String marked = ansi ? hit.snippet().marked(BOLD, RESET) : hit.snippet().marked("**", "**");
            out.println((hit.contextBefore().isEmpty() && hit.contextAfter().isEmpty() ? "   " : " > ") + marked);
            hit.contextAfter().forEach(this::printContext);
        }
        printFacets(result.facets());
    }

    private void printContext(TurnHit turn) {
        String text = turn.text().length() > CONTEXT_CHARS ? turn.text().substring(0, CONTEXT_CHARS) + " …" : turn.text();
        out.printf("   %s %s (%s): %s%n", turn.time(), turn.speaker(), turn.side(), text);
    }

    private void printFacets(Map<String, List<FacetCount>> facets) {
        if (facets.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        out.println();
        out.println("Facets:");
        facets.forEach((dim, counts) -> {
            if (!counts.isEmpty()) {
                out.printf("  %-11s %s%n", dim + ":", counts.stream()
                        .map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", ")));
            }
        });
    }

    private static String total(SearchResult result) {
        String n = result.total() + (result.totalExact() ? "" : "+");
        return n + (result.total() == 1 ? " turn" : " turns");
    }
}
