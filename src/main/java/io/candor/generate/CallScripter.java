package io.candor.generate;

import static io.candor.generate.Vocabulary.pick;

import io.candor.domain.Call;
import io.candor.domain.CauseCode;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Scripts one call of a deal: greetings, discovery, product talk, and the moves that the deal's
 * planned causes call for (a detractor the rep ignores, a justification ask left unanswered, vague
 * next steps...), planting a signal wherever a detector should fire.
 */
final class CallScripter {

    private static final List<String> TITLES = List.of("Discovery", "Demo", "Technical deep dive", "Pricing review", "Follow-up");
    private static final List<String> ACKNOWLEDGEMENTS = List.of("That makes sense.", "Okay.", "Interesting.", "Got it, thanks.", "Right.");

    private final DealPlan plan;
    private final int callNo;
    private final Random random;
    private final ConversationBuilder talk;
    private final CallCast cast;
    private final Map<String, String> words;

    private CallScripter(DealPlan plan, int callNo, Random random) {
        this.plan = plan;
        this.callNo = callNo;
        this.random = random;
        this.talk = new ConversationBuilder(callId(plan, callNo), random);
        this.cast = CallCast.of(plan, callNo, random);
        this.words = CallWords.of(plan, callNo, random);
    }

    static String callId(DealPlan plan, int callNo) {
        return plan.deal().dealId() + "-c" + (callNo + 1);
    }

    static GeneratedCall script(DealPlan plan, int callNo, Random random) {
        return new CallScripter(plan, callNo, random).write();
    }

    private GeneratedCall write() {
        sellerSays(PhraseBank.SELLER_GREETINGS);
        buyerSays(cast.champion(), PhraseBank.BUYER_GREETINGS);
        discovery();
        productTalk();
        competitorAndDetractor();
        businessCase();
        urgencyAndExternalCauses();
        nextStep();
        String title = TITLES.get(Math.min(callNo, TITLES.size() - 1));
        Call call = new Call(callId(plan, callNo), plan.deal().dealId(), plan.callStarts().get(callNo), title,
                null, null, null, talk.turns());
        return new GeneratedCall(call, talk.signals(), cast.everyone());
    }

    private void discovery() {
        if (plan.has(CauseCode.WEAK_DISCOVERY)) {
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                String topic = pick(random, List.copyOf(PhraseBank.CLOSED_QUESTIONS.keySet()));
                ask(pick(random, PhraseBank.CLOSED_QUESTIONS.get(topic)), "closed", topic);
                buyerSays(cast.champion(), PhraseBank.SHORT_ANSWERS);
            }
            return;
        }
        int questions = callNo == 0 ? 4 + random.nextInt(4) : 1 + random.nextInt(2);
        Set<String> topics = new LinkedHashSet<>();
        List<String> all = List.copyOf(PhraseBank.OPEN_QUESTIONS.keySet());
        while (topics.size() < questions) {
            topics.add(pick(random, all));
        }
        for (String topic : topics) {
            String prefix = random.nextInt(3) == 0 ? pick(random, ACKNOWLEDGEMENTS) + " " : "";
            ask(prefix + fill(pick(random, PhraseBank.OPEN_QUESTIONS.get(topic))), "open", topic);
            Person answering = pick(random, cast.answerers());
            buyerSays(answering, PhraseBank.BUYER_ANSWERS.get(topic));
            if (random.nextBoolean()) {
                String probe = pick(random, PhraseBank.PROBES);
                int turn = talk.say(plan.rep(), probe);
                if (probe.endsWith("?")) {
                    talk.signal(turn, SignalType.QUESTION, "open", probe, Map.of("topics", topic));
                    talk.signal(turn, SignalType.DISCOVERY_TOPIC, topic, probe, Map.of());
                } else {
                    talk.signal(turn, SignalType.QUESTION, "request", probe, Map.of());
                }
                buyerSays(answering, PhraseBank.ELABORATIONS);
            }
        }
    }

    private void productTalk() {
        boolean talkative = plan.has(CauseCode.TALKED_MORE_THAN_LISTENED);
        int rounds = talkative ? 5 + random.nextInt(4) : 5 + random.nextInt(5);
        for (int r = 0; r < rounds; r++) {
            int sentences = talkative ? 6 + random.nextInt(7) : 1 + random.nextInt(2);
            List<String> lines = new ArrayList<>(PhraseBank.PITCH);
            java.util.Collections.shuffle(lines, random);
            StringBuilder pitch = new StringBuilder();
            for (String line : lines.subList(0, sentences)) {
                pitch.append(pitch.isEmpty() ? "" : " ").append(fill(line));
            }
            Person presenter = cast.engineer() != null && random.nextInt(3) == 0 ? cast.engineer() : plan.rep();
            talk.say(presenter, pitch.toString());
            if (talkative) {
                String back = pick(random, PhraseBank.BACKCHANNELS);
                int turn = talk.say(pick(random, cast.buyers()), back);
                if (back.endsWith("?")) {
                    talk.signal(turn, SignalType.QUESTION, "backchannel", back, Map.of());
                }
            } else {
                String question = fill(pick(random, PhraseBank.BUYER_PRODUCT_QUESTIONS));
                int turn = talk.say(pick(random, cast.buyers()), question);
                talk.signal(turn, SignalType.QUESTION, "open", question, Map.of());
                talk.say(presenter, pick(random, PhraseBank.SELLER_ANSWERS));
                if (random.nextInt(10) < 7) {
                    talk.say(pick(random, cast.buyers()), fill(pick(random, PhraseBank.BUYER_COMMENTS)));
                }
            }
        }
    }

    private void competitorAndDetractor() {
        if (plan.competitor() != null && random.nextBoolean()) {
            String line = fill(pick(random, PhraseBank.COMPETITOR_MENTIONS));
            int turn = talk.say(cast.champion(), line);
            talk.signal(turn, SignalType.COMPETITOR_MENTION, plan.competitor().name(), line, Map.of());
            talk.say(plan.rep(), pick(random, ACKNOWLEDGEMENTS) + " We hear that name a lot, and we usually win on ease of use.");
        }
        if (plan.detractor() == null) {
            return;
        }
        if (callNo == cast.detractorCall()) {
            detractorStatement();
        } else if (cast.detractorSpeaks()) {
            talk.say(plan.detractor(), fill(pick(random, PhraseBank.DETRACTOR_SPEAKS)));
            talk.say(plan.rep(), "That's fair. Let's set up a session with your data so you can see it for yourself.");
        }
    }

    private void detractorStatement() {
        String line = fill(pick(random, PhraseBank.DETRACTOR.get(plan.detractorStance())));
        int turn = talk.say(cast.champion(), line);
        Map<String, String> details = new HashMap<>();
        details.put("person", plan.detractor().name());
        if (plan.competitor() != null && "prefers_competitor".equals(plan.detractorStance())) {
            details.put("competitor", plan.competitor().name());
            talk.signal(turn, SignalType.COMPETITOR_MENTION, plan.competitor().name(), line, Map.of());
        }
        talk.signal(turn, SignalType.DETRACTOR, plan.detractorStance(), line, details);
        Map<String, String> mention = line.contains(plan.detractor().title()) ? Map.of("title", plan.detractor().title()) : Map.of();
        talk.signal(turn, SignalType.PERSON_MENTION, plan.detractor().name(), line, mention);
        talk.say(plan.rep(), fill(pick(random, plan.has(CauseCode.MISSED_DETRACTOR)
                ? PhraseBank.SELLER_IGNORES_DETRACTOR : PhraseBank.SELLER_ENGAGES_DETRACTOR)));
    }

    private void businessCase() {
        boolean late = callNo >= 1 || plan.callStarts().size() == 1;
        if (!late) {
            return;
        }
        if (plan.has(CauseCode.NO_BUSINESS_CASE)) {
            String ask = fill(pick(random, PhraseBank.JUSTIFICATION_ASKS));
            int turn = talk.say(cast.champion(), ask);
            talk.signal(turn, SignalType.JUSTIFICATION_ASK, "ask", ask, Map.of());
            talk.say(plan.rep(), pick(random, PhraseBank.SELLER_DEFLECTS_JUSTIFICATION));
            return;
        }
        String label = pick(random, List.copyOf(PhraseBank.BUSINESS_CASE.keySet()));
        String line = fill(pick(random, PhraseBank.BUSINESS_CASE.get(label)));
        int turn = talk.say(plan.rep(), line);
        talk.signal(turn, SignalType.BUSINESS_CASE, label, line, Map.of("figure", CallWords.figureIn(line)));
        String eb = fill(pick(random, PhraseBank.ECONOMIC_BUYER_TALK));
        int ebTurn = talk.say(plan.rep(), eb);
        talk.signal(ebTurn, SignalType.ECONOMIC_BUYER, "cfo".equalsIgnoreCase(plan.senior().title()) ? "cfo" : "economic_buyer", eb,
                Map.of("person", plan.senior().name()));
        buyerSays(cast.champion(), List.of("That would help a lot, actually.", "Yes, send me that model and I'll forward it."));
    }

    private void urgencyAndExternalCauses() {
        if (callNo == 0 && !plan.has(CauseCode.NO_URGENCY) && random.nextDouble() < 0.7) {
            String label = pick(random, List.copyOf(PhraseBank.COMPELLING_EVENTS.keySet()));
            String line = fill(pick(random, PhraseBank.COMPELLING_EVENTS.get(label)));
            int turn = talk.say(cast.champion(), line);
            talk.signal(turn, SignalType.COMPELLING_EVENT, label, line, Map.of("date", words.get("event_iso")));
        }
        boolean last = callNo == plan.callStarts().size() - 1;
        for (CauseCode cause : List.of(CauseCode.EXTERNAL_BUDGET, CauseCode.EXTERNAL_ORG_CHANGE, CauseCode.EXTERNAL_PRIORITY)) {
            if (last && plan.has(cause)) {
                String label = cause.name().substring("EXTERNAL_".length()).toLowerCase(java.util.Locale.ROOT);
                String line = fill(pick(random, PhraseBank.EXTERNAL.get(label)));
                talk.signal(talk.say(cast.champion(), line), SignalType.EXTERNAL_CAUSE, label, line, Map.of());
                talk.say(plan.rep(), "I'm sorry to hear that. Let's stay in touch.");
            }
        }
        if (plan.has(CauseCode.PRODUCT_GAP) && (last || random.nextInt(3) == 0)) {
            String line = fill(pick(random, PhraseBank.PRODUCT_GAPS));
            talk.signal(talk.say(pick(random, cast.buyers()), line), SignalType.PRODUCT_GAP, "gap", line,
                    Map.of("capability", words.get("capability")));
            talk.say(plan.rep(), "It's on our roadmap, I can check the timing with product.");
        }
    }

    private void nextStep() {
        boolean vague = plan.has(CauseCode.NO_URGENCY) || random.nextInt(6) == 0;
        String line = fill(pick(random, vague ? PhraseBank.VAGUE_NEXT_STEPS : PhraseBank.DATED_NEXT_STEPS));
        int turn = talk.say(plan.rep(), line);
        talk.signal(turn, SignalType.NEXT_STEP, vague ? "vague" : "dated", line,
                vague ? Map.of("proposer", "seller") : Map.of("date", words.get("next_iso"), "proposer", "seller"));
        buyerSays(cast.champion(), PhraseBank.BUYER_CLOSINGS);
    }

    private void ask(String question, String label, String topic) {
        int turn = talk.say(plan.rep(), question);
        talk.signal(turn, SignalType.QUESTION, label, question, Map.of("topics", topic));
        talk.signal(turn, SignalType.DISCOVERY_TOPIC, topic, question, Map.of());
    }

    private void sellerSays(List<String> options) {
        talk.say(plan.rep(), fill(pick(random, options)));
    }

    private void buyerSays(Person buyer, List<String> options) {
        talk.say(buyer, fill(pick(random, options)));
    }

    private String fill(String template) {
        return Template.fill(template, words);
    }
}
