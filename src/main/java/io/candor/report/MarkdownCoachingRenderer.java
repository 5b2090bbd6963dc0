package io.candor.report;

import io.candor.report.RepCoachingView.DealLink;
import io.candor.report.RepCoachingView.ExampleView;
import io.candor.report.RepCoachingView.PatternView;
import io.candor.scoring.Figures;

/** A rep's coaching page in Markdown: the same facts as coaching/&lt;rep&gt;.html. */
public final class MarkdownCoachingRenderer {

    public String render(RepCoachingView r) {
        StringBuilder md = new StringBuilder();
        md.append("# Coaching notes: ").append(e(r.name())).append("\n\n");
        md.append(r.lostDeals()).append(" lost deals (").append(e(r.amountLostText())).append("), ").append(r.analysedDeals())
                .append(" with enough transcript to judge.");
        if (r.medianTalkShare() != null) {
            md.append(" Median seller talk share ").append(Figures.percent(r.medianTalkShare())).append(", ")
                    .append(Figures.decimal(r.questionsPerCall())).append(" real questions per call.");
        }
        md.append("\n\n");
        if (r.patterns().isEmpty()) {
            md.append("No rep-controllable pattern was found in these deals. What was done on these calls worked; keep doing it.\n\n");
        }
        for (PatternView p : r.patterns()) {
            md.append("## ").append(e(p.title())).append(" (").append(e(p.causeText())).append(", ")
                    .append(Figures.count(p.deals(), "deal")).append(p.recurring() ? ", recurring" : "").append(")\n\n");
            md.append(e(p.lesson())).append("\n\n");
            for (ExampleView x : p.examples()) {
                md.append("> ").append(e(x.quote())).append("\n>\n> \u2014 ").append(e(x.speaker())).append(", ").append(e(x.dealId()))
                        .append(" / ").append(e(x.callId())).append(x.at().isEmpty() ? "" : " at " + x.at()).append("\n\n");
            }
            md.append("**A better move:** ").append(e(p.betterMove())).append("\n\n");
        }
        md.append("## Deals\n\n");
        for (DealLink d : r.deals()) {
            md.append("- ").append(e(d.dealId())).append(" ").append(e(d.dealName())).append(": ").append(e(d.verdict()))
                    .append(" (").append(d.faultScore()).append(")\n");
        }
        md.append("\n*Candor run ").append(e(r.runId())).append(", ").append(e(r.generatedAt())).append("*\n");
        return md.toString();
    }

    private static String e(String s) {
        return MarkdownText.escape(s);
    }
}
