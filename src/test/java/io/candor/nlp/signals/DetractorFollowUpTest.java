package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.ANALYZER;
import static io.candor.nlp.signals.SignalFixtures.CONFIG;
import static io.candor.nlp.signals.SignalFixtures.DEAL;
import static io.candor.nlp.signals.SignalFixtures.buyer;
import static io.candor.nlp.signals.SignalFixtures.call;
import static io.candor.nlp.signals.SignalFixtures.seller;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Call;
import io.candor.domain.Participant;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetractorFollowUpTest {

    private static final Call DISCOVERY = call("c1", Instant.parse("2024-03-14T15:00:00Z"),
            seller(0, "Who else will weigh in on this?"),
            buyer(1, "Honestly, Priya Raman runs AP. Priya loves Zendara and she's vocal about it."),
            seller(2, "Good to know, thanks."));

    private static List<Signal> signals(Call... calls) {
        var all = new ArrayList<Signal>();
        for (Call c : calls) {
            all.addAll(ANALYZER.analyze(DEAL, c, CONFIG));
        }
        return all;
    }

    @Test
    void detractorNeverMetNorAddressedIsMissed() {
        Call demo = call("c2", Instant.parse("2024-03-21T15:00:00Z"), seller(0, "Let me show you the approval flow."), buyer(1, "Looks good."));
        var outcomes = new DetractorFollowUp().follow(List.of(DISCOVERY, demo), signals(DISCOVERY, demo), List.of());
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.detractor().details()).containsEntry("person", "Priya Raman").containsEntry("competitor", "Zendara");
            assertThat(o.missed()).isTrue();
        });
    }

    @Test
    void detractorWhoSpokeOnALaterCallIsEngagedByFirstName() {
        Call demo = call("c2", Instant.parse("2024-03-21T15:00:00Z"), seller(0, "Welcome, thanks for joining."),
                buyer(1, "Priya", "Happy to be here, I have questions about matching."));
        var outcomes = new DetractorFollowUp().follow(List.of(DISCOVERY, demo), signals(DISCOVERY, demo), List.of());
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.engaged()).isTrue();
            assertThat(o.evidenceCallId()).isEqualTo("c2");
        });
    }

    @Test
    void detractorWhoseConcernASellerAddressedLaterIsAddressed() {
        Call demo = call("c2", Instant.parse("2024-03-21T15:00:00Z"),
                seller(0, "For Priya, I put together a side-by-side of us and Zendara on line-item matching."));
        var outcomes = new DetractorFollowUp().follow(List.of(DISCOVERY, demo), signals(DISCOVERY, demo), List.of());
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.addressed()).isTrue();
            assertThat(o.engaged()).isFalse();
        });
    }

    @Test
    void roleDetractorEngagedWhenAParticipantWithThatTitleJoinsLater() {
        Call first = call("c1", Instant.parse("2024-03-14T15:00:00Z"), buyer(0, "Our CFO thinks it's too pricey."));
        Call second = call("c2", Instant.parse("2024-03-28T15:00:00Z"), seller(0, "Thanks for making time."), buyer(1, "Sam Ortiz", "Sure."));
        var participants = List.of(new Participant("c2", "Sam Ortiz", "sam@hollis.com", Side.BUYER, "CFO"));
        var outcomes = new DetractorFollowUp().follow(List.of(first, second), signals(first, second), participants);
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.engaged()).isTrue());
    }
}
