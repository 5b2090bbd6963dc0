package io.candor.generate;

import static io.candor.generate.Vocabulary.pick;

import io.candor.config.Competitor;
import io.candor.domain.CauseCode;
import io.candor.domain.Deal;
import io.candor.domain.FaultSide;
import io.candor.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Decides, from one random stream, what a synthetic deal is about and how it was lost. */
final class DealPlanner {

    private static final List<CauseCode> REP_CAUSES = List.of(CauseCode.values()).stream()
            .filter(c -> c.side() == FaultSide.REP).toList();
    private static final List<CauseCode> EXTERNAL_CAUSES = List.of(CauseCode.EXTERNAL_BUDGET, CauseCode.EXTERNAL_ORG_CHANGE,
            CauseCode.EXTERNAL_PRIORITY);
    /** Share of deals without any transcript: the INSUFFICIENT_EVIDENCE case. */
    private static final double NO_CALLS_SHARE = 0.04;

    private final CorpusProfile profile;

    DealPlanner(CorpusProfile profile) {
        this.profile = profile;
    }

    DealPlan plan(int index, Random random) {
        String dealId = profile.crmStyle().dealId(index, random);
        String account = pick(random, Vocabulary.ACCOUNT_STEMS) + " " + pick(random, Vocabulary.ACCOUNT_SUFFIXES);
        String buyerDomain = account.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com";
        Set<CauseCode> causes = causes(random);
        Competitor competitor = random.nextDouble() < 0.6 || causes.contains(CauseCode.MISSED_DETRACTOR) && random.nextBoolean()
                ? pick(random, profile.competitors()) : null;
        List<Person> reps = profile.team().subList(0, profile.team().size() - 2);
        Person rep = pick(random, reps);
        Person engineer = pick(random, profile.team().subList(profile.team().size() - 2, profile.team().size()));
        Person champion = buyer(random, buyerDomain, pick(random, Vocabulary.BUYER_TITLES));
        Person senior = buyer(random, buyerDomain, pick(random, Vocabulary.SENIOR_TITLES));
        List<Person> others = List.of(buyer(random, buyerDomain, pick(random, Vocabulary.BUYER_TITLES)),
                buyer(random, buyerDomain, pick(random, Vocabulary.BUYER_TITLES)));
        boolean detractorPresent = causes.contains(CauseCode.MISSED_DETRACTOR) || random.nextDouble() < 0.25;
        Person detractor = detractorPresent ? buyer(random, buyerDomain, pick(random, Vocabulary.SENIOR_TITLES)) : null;
        String stance = !detractorPresent ? null : competitor != null ? "prefers_competitor" : random.nextBoolean() ? "opposes" : "doubts";
        List<Instant> calls = callStarts(random);
        LocalDate close = (calls.isEmpty() ? profile.firstCallDate().plusDays(random.nextInt(200))
                : LocalDate.ofInstant(calls.get(calls.size() - 1), ZoneOffset.UTC)).plusDays(7 + random.nextInt(40));
        String reason = StatedReasons.pick(causes, competitor != null, random);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(profile.crmStyle().extraColumn(), pick(random, profile.crmStyle() == CrmExportStyle.SALESFORCE
                ? Vocabulary.SEGMENTS : Vocabulary.REGIONS));
        Deal deal = new Deal(dealId, account + " - " + pick(random, List.of("AP automation", "Invoice capture", "Spend platform",
                "Payables rollout")), account, rep.name(), rep.email(), BigDecimal.valueOf(8_000 + 500L * random.nextInt(480)),
                "USD", close, profile.crmStyle().lostStage(), reason, StatedReasons.detail(reason, random),
                competitor == null ? null : competitor.name(), attributes);
        return new DealPlan(deal, causes, rep, engineer, champion, senior, others, detractor, stance, competitor, calls,
                words(random, account, senior));
    }

    private static Set<CauseCode> causes(Random random) {
        Set<CauseCode> causes = EnumSet.noneOf(CauseCode.class);
        double kind = random.nextDouble();
        if (kind < 0.55) {
            int n = 1 + random.nextInt(3);
            while (causes.size() < n) {
                causes.add(pick(random, REP_CAUSES));
            }
        } else if (kind < 0.85) {
            causes.add(kind < 0.75 ? pick(random, EXTERNAL_CAUSES) : CauseCode.PRODUCT_GAP);
            if (random.nextBoolean()) {
                causes.add(pick(random, REP_CAUSES));
            }
        }
        return causes;
    }

    private List<Instant> callStarts(Random random) {
        if (random.nextDouble() < NO_CALLS_SHARE) {
            return List.of();
        }
        int count = 1 + random.nextInt(2) + random.nextInt(3);
        LocalDate day = profile.firstCallDate().plusDays(random.nextInt(300));
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(day.atTime(13 + random.nextInt(6), random.nextInt(4) * 15).toInstant(ZoneOffset.UTC));
            day = day.plusDays(4 + random.nextInt(18));
        }
        return starts;
    }

    private static Person buyer(Random random, String domain, String title) {
        String first = pick(random, Vocabulary.FIRST_NAMES);
        String last = pick(random, Vocabulary.LAST_NAMES);
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@" + domain;
        return new Person(first + " " + last, email, title, Side.BUYER);
    }

    private static Map<String, String> words(Random random, String account, Person senior) {
        Map<String, String> words = new HashMap<>();
        words.put("account", account);
        words.put("industry", pick(random, Vocabulary.INDUSTRIES));
        words.put("system", pick(random, Vocabulary.SYSTEMS));
        words.put("reference_account", pick(random, Vocabulary.ACCOUNT_STEMS) + " " + pick(random, Vocabulary.ACCOUNT_SUFFIXES));
        words.put("acquirer", pick(random, Vocabulary.ACCOUNT_STEMS) + " Holdings");
        words.put("capability", pick(random, Vocabulary.CAPABILITIES));
        words.put("volume", String.format(Locale.ROOT, "%,d", 500 + 250 * random.nextInt(40)));
        words.put("senior_name", senior.name());
        words.put("senior_title", senior.title());
        words.put("month", pick(random, List.of("March", "April", "June", "September", "October", "November")));
        return words;
    }
}
