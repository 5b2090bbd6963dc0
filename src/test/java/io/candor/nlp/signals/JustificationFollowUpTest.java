package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.ANALYZER;
import static io.candor.nlp.signals.SignalFixtures.CONFIG;
import static io.candor.nlp.signals.SignalFixtures.DEAL;
import static io.candor.nlp.signals.SignalFixtures.buyer;
import static io.candor.nlp.signals.SignalFixtures.call;
import static io.candor.nlp.signals.SignalFixtures.seller;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Call;
import io.candor.domain.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JustificationFollowUpTest {

    private static final Instant DAY1 = Instant.parse("2024-03-14T15:00:00Z");
    private static final Instant DAY2 = Instant.parse("2024-03-21T15:00:00Z");

    private static List<Signal> signals(Call... calls) {
        var all = new ArrayList<Signal>();
        for (Call c : calls) {
            all.addAll(ANALYZER.analyze(DEAL, c, CONFIG));
        }
        return all;
    }

    @Test
    void askAnsweredWithFiguresOnALaterCall() {
        Call first = call("c1", DAY1, buyer(0, "How do I sell this to my CFO?"), seller(1, "Good question, let me think about it."));
        Call second = call("c2", DAY2, seller(0, "At your volume you'd save about $180,000 a year."));
        var outcomes = new JustificationFollowUp().follow(List.of(first, second), signals(first, second));
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.answered()).isTrue();
            assertThat(o.answer().callId()).isEqualTo("c2");
            assertThat(o.answer().details()).containsEntry("figure", "$180,000");
        });
    }

    @Test
    void askAnsweredOnlyByTheBuyerOrBeforeTheAskIsUnanswered() {
        Call first = call("c1", DAY1,
                seller(0, "Customers see a 280% ROI in year one."),
                buyer(1, "I need to build a case for the spend before the budget meeting."),
                buyer(2, "We lost $120,000 in early-payment discounts last year."));
        var outcomes = new JustificationFollowUp().follow(List.of(first), signals(first));
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.answered()).isFalse());
    }
}
