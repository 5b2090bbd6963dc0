package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.CauseCode;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * WEAK_DISCOVERY: the seller side asks too few real questions per call, or its questions touch too
 * few of the ten discovery topics. Greetings and meeting logistics ("how are you doing?", "can you
 * see my screen?") are questions, but they discover nothing: they are not counted.
 */
final class DiscoveryRule implements CauseRule {

    private final double questionsMin;
    private final double topicsMin;

    DiscoveryRule(CandorConfig config) {
        this.questionsMin = config.threshold("seller-questions-per-call-min");
        this.topicsMin = config.threshold("discovery-topics-min");
    }

    @Override
    public CauseCode cause() {
        return CauseCode.WEAK_DISCOVERY;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        int calls = evidence.calls().size();
        // No seller turn at all means the sides were not resolved, not that nobody asked: no judgment.
        if (calls == 0 || TalkShare.of(evidence.calls()).sellerTurns().isEmpty()) {
            return Optional.empty();
        }
        List<Signal> questions = evidence.signals(SignalType.QUESTION, Side.SELLER).stream()
                .filter(SignalLabels::isRealQuestion).filter(q -> !isSmallTalk(q.text())).toList();
        long closed = questions.stream().filter(q -> SignalLabels.QUESTION_CLOSED.equals(q.label())).count();
        double perCall = (double) questions.size() / calls;
        Set<String> touched = new LinkedHashSet<>();
        evidence.signals(SignalType.DISCOVERY_TOPIC, Side.SELLER).forEach(s -> touched.add(s.label()));
        touched.retainAll(SignalLabels.DISCOVERY_TOPICS);
        boolean fewQuestions = perCall < questionsMin;
        boolean fewTopics = touched.size() < topicsMin;
        if (!fewQuestions && !fewTopics) {
            return Optional.empty();
        }
        List<String> missing = SignalLabels.DISCOVERY_TOPICS.stream().filter(t -> !touched.contains(t)).toList();
        String summary = "seller side asked " + Figures.decimal(perCall) + (perCall == 1 ? " real question" : " real questions") + " per call ("
                + questions.size() + " in " + Figures.count(calls, "call")
                + (questions.isEmpty() ? "" : ", " + closed + " of them closed") + ") and touched "
                + touched.size() + " of " + SignalLabels.DISCOVERY_TOPICS.size() + " discovery topics"
                + (missing.isEmpty() ? "" : "; no seller question about " + topicList(missing) + " in " + Figures.count(calls, "call"));
        String basis = "thresholds: " + Figures.decimal(questionsMin) + " real seller questions per call and "
                + Figures.decimal(topicsMin) + " of 10 discovery topics (" + (fewQuestions ? "questions" : "")
                + (fewQuestions && fewTopics ? " and " : "") + (fewTopics ? "topics" : "")
                + " below); Gong Labs finds successful discovery calls carry 11-14 questions, spread through the call";
        double strength = Math.max(
                fewQuestions ? Figures.pastThreshold(perCall, questionsMin, questionsMin) : 0,
                fewTopics ? Figures.pastThreshold(touched.size(), topicsMin, topicsMin) : 0);
        return Optional.of(new Finding(cause(), summary,
                fewQuestions ? perCall : touched.size(), fewQuestions ? questionsMin : topicsMin,
                basis, strength, quotes(evidence, questions)));
    }

    /**
     * The longest seller turn of the first call shows what happened instead of discovery (a pitch);
     * closed questions show the questions that were asked did not open the buyer up.
     */
    private static List<Evidence> quotes(DealEvidence evidence, List<Signal> questions) {
        List<Evidence> out = new ArrayList<>();
        TalkShare first = TalkShare.of(List.of(evidence.calls().get(0)));
        TalkShare.CallTurn pitch = first.sellerTurns().isEmpty()
                ? TalkShare.of(evidence.calls()).sellerTurns().get(0) : first.sellerTurns().get(0);
        out.add(Quotes.of(pitch.callId(), pitch.turn()));
        questions.stream()
                .filter(q -> SignalLabels.QUESTION_CLOSED.equals(q.label()))
                .sorted(Comparator.comparingInt((Signal q) -> evidence.position(q.callId())).thenComparingInt(Signal::turnIndex))
                .limit(2)
                .forEach(q -> out.add(Quotes.of(evidence, q)));
        return Quotes.distinct(out, 3);
    }

    /**
     * A whole question that is only a greeting or an audio/screen check, after an optional "hi Maya,":
     * "How are you doing?", "How's it going down there?", "How was your weekend?", "Can you hear me okay?".
     * "How are you measuring that today?" goes on past the greeting and stays a question.
     */
    private static final Pattern SMALL_TALK = Pattern.compile("(?i)^(?:(?:hi|hey|hello|okay|ok|so|and|great)\\b[^,?]*,\\s*)*"
            + "(?:how (?:are|r) (?:you|y'all)(?: (?:all|both|guys))?(?: doing)?(?: today)?"
            + "|how(?:'s| is) it going(?: (?:down|over|up|out) there)?(?: today)?"
            + "|how(?:'s| is| was) your (?:day|week|weekend|morning|afternoon|summer|holiday|holidays|trip|vacation)(?: going)?(?: so far)?"
            + "|can (?:you|everyone|everybody) (?:hear|see) (?:me|us|my screen|the screen|this)(?: (?:okay|ok|alright|all right|fine|now|too))?"
            + ")\\s*[?.!]*$");

    static boolean isSmallTalk(String question) {
        return question != null && SMALL_TALK.matcher(question.strip()).matches();
    }

    static String topicList(List<String> topics) {
        List<String> words = topics.stream().limit(5).map(SignalLabels::topicWords).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
