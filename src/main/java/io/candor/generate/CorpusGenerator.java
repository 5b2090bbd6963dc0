package io.candor.generate;

import static io.candor.generate.Vocabulary.pick;

import io.candor.config.Competitor;
import io.candor.domain.Assessment;
import io.candor.domain.FaultSide;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic synthetic lost deals: the same seed gives the same corpus, byte for byte. Each deal
 * has its own random stream derived from (seed, deal index), so deals can be generated one at a
 * time (the benchmark streams a million turns without holding them) or in any order.
 */
public final class CorpusGenerator {

    private final CorpusProfile profile;
    private final DealPlanner planner;

    public CorpusGenerator(long seed) {
        this.profile = profile(seed);
        this.planner = new DealPlanner(profile);
    }

    CorpusProfile profile() {
        return profile;
    }

    /** Deal number {@code index} (0-based) of this corpus. */
    public GeneratedDeal deal(int index) {
        Random random = new Random(profile.seed() * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
        DealPlan plan = planner.plan(index, random);
        List<GeneratedCall> calls = new ArrayList<>();
        for (int c = 0; c < plan.callStarts().size(); c++) {
            calls.add(CallScripter.script(plan, c, random));
        }
        return new GeneratedDeal(plan.deal(), calls, plan.causes(), plannedAssessment(plan, !calls.isEmpty()));
    }

    /** Deals 0..count-1, generated lazily. */
    public Stream<GeneratedDeal> deals(int count) {
        return IntStream.range(0, count).mapToObj(this::deal);
    }

    /** Deals without end, for filling an index to a turn count. */
    public Stream<GeneratedDeal> deals() {
        return Stream.iterate(0, i -> i + 1).map(this::deal);
    }

    private static CorpusProfile profile(long seed) {
        Random random = new Random(seed);
        String company = pick(random, Vocabulary.SELLER_COMPANIES);
        String domain = company.toLowerCase(Locale.ROOT) + ".io";
        List<Person> team = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int size = 8 + random.nextInt(5);
        while (team.size() < size) {
            String first = pick(random, Vocabulary.FIRST_NAMES);
            String name = first + " " + pick(random, Vocabulary.LAST_NAMES);
            if (names.add(name) && names.stream().filter(n -> n.startsWith(first + " ")).count() == 1) {
                team.add(new Person(name, first.toLowerCase(Locale.ROOT) + "@" + domain, null, Side.SELLER));
            }
        }
        List<Competitor> competitors = Vocabulary.COMPETITORS.stream()
                .map(names1 -> new Competitor(names1.get(0), names1.subList(1, names1.size()))).toList();
        CrmExportStyle style = CrmExportStyle.values()[random.nextInt(CrmExportStyle.values().length)];
        return new CorpusProfile(seed, company, domain, team, competitors, style, LocalDate.of(2024, 1, 8).plusDays(random.nextInt(60)));
    }

    private static Assessment plannedAssessment(DealPlan plan, boolean hasCalls) {
        if (!hasCalls) {
            return new Assessment(plan.deal().dealId(), Verdict.INSUFFICIENT_EVIDENCE, 0, List.of(), null);
        }
        List<Finding> findings = plan.causes().stream().sorted()
                .map(c -> new Finding(c, "planted by the generator", 1, 0, "synthetic corpus ground truth", 1, List.of()))
                .toList();
        boolean rep = plan.causes().stream().anyMatch(c -> c.side() == FaultSide.REP);
        boolean other = plan.causes().stream().anyMatch(c -> c.side() != FaultSide.REP);
        Verdict verdict = rep && other ? Verdict.MIXED : rep ? Verdict.LIKELY_OUR_FAULT : Verdict.LIKELY_EXTERNAL;
        int score = (int) Math.min(100, 25L * plan.causes().stream().filter(c -> c.side() == FaultSide.REP).count() + (rep ? 20 : 0));
        return new Assessment(plan.deal().dealId(), verdict, score, findings, null);
    }
}
