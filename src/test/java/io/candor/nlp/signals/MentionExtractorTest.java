package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.ANALYZER;
import static io.candor.nlp.signals.SignalFixtures.CONFIG;
import static io.candor.nlp.signals.SignalFixtures.DEAL;
import static io.candor.nlp.signals.SignalFixtures.MARCH_14_2024;
import static io.candor.nlp.signals.SignalFixtures.buyer;
import static io.candor.nlp.signals.SignalFixtures.buyerSays;
import static io.candor.nlp.signals.SignalFixtures.call;
import static io.candor.nlp.signals.SignalFixtures.ofType;
import static io.candor.nlp.signals.SignalFixtures.seller;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    @Test
    void firstNameLinksToTheOnlyFullNameAndTitleIsKept() {
        var c = call("c1", MARCH_14_2024,
                buyer(0, "Dana Whitaker, our VP Finance, will join next time."),
                seller(1, "Great. What will Dana want to see?"),
                buyer(2, "Dana cares about the payback, mostly."));
        List<Signal> people = ofType(ANALYZER.analyze(DEAL, c, CONFIG), SignalType.PERSON_MENTION);
        assertThat(people).extracting(Signal::label).containsOnly("Dana Whitaker");
        assertThat(people.get(0).details()).containsEntry("title", "VP Finance");
    }

    @Test
    void ambiguousFirstNameStaysAsSaid() {
        var c = call("c1", MARCH_14_2024,
                buyer(0, "Dana Whitaker and Dana Moss both sit on the committee."),
                buyer(1, "Dana asked about the price."));
        assertThat(ofType(ANALYZER.analyze(DEAL, c, CONFIG), SignalType.PERSON_MENTION)).extracting(Signal::label)
                .contains("Dana Whitaker", "Dana Moss", "Dana");
    }

    @Test
    void competitorAliasesMatchCaseInsensitivelyOnTokenBoundaries() {
        assertThat(ofType(buyerSays("We also had a call with zendara capture and the AcmeDocs people."), SignalType.COMPETITOR_MENTION))
                .extracting(Signal::label).containsExactly("Zendara", "Acme");
        assertThat(ofType(buyerSays("Our Acmes of the world are tough customers."), SignalType.COMPETITOR_MENTION)).isEmpty();
    }

    @Test
    void unconfiguredOrganisationCountsOnlyInCompetitorContextAndNeverTheAccountOrUs() {
        assertThat(ofType(buyerSays("We're also evaluating Rossum Technologies, their demo was good."), SignalType.COMPETITOR_MENTION))
                .extracting(Signal::label).containsExactly("Rossum Technologies");
        assertThat(ofType(buyerSays("Our bank, Wells Fargo, sends us statements every week."), SignalType.COMPETITOR_MENTION)).isEmpty();
        assertThat(ofType(buyerSays("Hollis Group is evaluating Paperlane as a vendor."), SignalType.COMPETITOR_MENTION)).isEmpty();
    }

    @Test
    void competitorTaggedAsPersonByNerIsNoPersonMention() {
        assertThat(ofType(buyerSays("Zendara has been around forever."), SignalType.PERSON_MENTION)).isEmpty();
    }
}
