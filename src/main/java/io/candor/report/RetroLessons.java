package io.candor.report;

import io.candor.domain.Assessment;
import io.candor.domain.FaultSide;
import io.candor.domain.Finding;
import io.candor.domain.Verdict;
import io.candor.scoring.DealEvidence;
import io.candor.scoring.Figures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Lessons for the deal retro": one per finding, rep causes first, strongest first. Each names what
 * happened in this deal and one thing to do next time, in a tone a rep can hear.
 */
final class RetroLessons {

    private RetroLessons() {
    }

    static List<String> of(Assessment a, DealEvidence evidence, double dealWordsMin) {
        List<String> out = new ArrayList<>();
        if (a.verdict() == Verdict.INSUFFICIENT_EVIDENCE) {
            if (evidence.calls().isEmpty()) {
                out.add("No call was recorded for this deal, so there is nothing to learn from yet: record the next deal's calls so its retro can rest on what was said.");
            } else if (evidence.words() < dealWordsMin) {
                out.add("Only " + evidence.words() + " words were transcribed: too little to judge. Record whole calls so the next retro can rest on what was said.");
            } else {
                out.add(String.format(java.util.Locale.ROOT, "Candor could not tell the seller side from the buyer side for %.0f %% of what was said,"
                        + " so it does not judge this deal: list the calls' speakers in participants.csv, or the team and internal-domains in candor.yml.",
                        100 * evidence.unknownSideShare()));
            }
            return out;
        }
        List<Finding> ordered = a.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.side() != FaultSide.REP).thenComparing(Comparator.comparingDouble(Finding::strength).reversed()))
                .toList();
        for (Finding f : ordered) {
            CoachingPlaybook.Play play = CoachingPlaybook.play(f.cause());
            out.add(play.title() + ". In this deal, " + f.summary() + ". Next time: " + play.lesson() + " For example: " + play.betterMove());
        }
        if (a.findings().stream().noneMatch(f -> f.side() == FaultSide.REP)) {
            out.add(0, "Nothing in " + Figures.count(evidence.calls().size(), "call")
                    + " points at how the deal was run: the discovery, the pace and the follow-through held up. Keep doing that.");
        }
        return out;
    }
}
