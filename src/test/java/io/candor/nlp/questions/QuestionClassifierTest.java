package io.candor.nlp.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per hard case: each runs a short real-sounding exchange through the real CoreNLP models. */
class QuestionClassifierTest {

    private static final QuestionClassifier CLASSIFIER = new QuestionClassifier();

    /** Turns as "Speaker: text"; ids are t1, t2, ... */
    private static List<Utterance> conversation(String... turns) {
        List<Utterance> list = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            int colon = turns[i].indexOf(':');
            list.add(new Utterance("t" + (i + 1), turns[i].substring(0, colon), turns[i].substring(colon + 1).strip()));
        }
        return list;
    }

    private static List<QuestionKind> sentenceLabels(List<Utterance> conversation, String id) {
        return CLASSIFIER.classify(conversation).stream().filter(l -> l.utteranceId().equals(id)).map(QuestionLabel::label).toList();
    }

    @Test
    void wh_question_after_fillers_and_prompts_are_open() {
        var c = conversation(
                "Maya: Uh, so, what does month-end close look like for your team?",
                "Tom: Eight days of spreadsheets.",
                "Maya: Okay. Walk me through the reconciliation step.",
                "Tom: We export from NetSuite and match by hand.",
                "Maya: I'm curious how the CFO reacts when it slips.");
        Map<String, QuestionKind> summary = CLASSIFIER.classifyUtterances(c);
        assertThat(summary).containsEntry("t1", QuestionKind.OPEN).containsEntry("t2", QuestionKind.NONE)
                .containsEntry("t3", QuestionKind.OPEN).containsEntry("t5", QuestionKind.OPEN);
    }

    @Test
    void false_start_and_either_or_are_closed() {
        var c = conversation(
                "Rep: Did, did you ever look at automating the labels?",
                "Buyer: Two years ago.",
                "Rep: Do your analysts write the models, or is that a separate team?");
        assertThat(CLASSIFIER.classifyUtterances(c)).containsEntry("t1", QuestionKind.CLOSED).containsEntry("t3", QuestionKind.CLOSED);
    }

    @Test
    void unpunctuated_asr_question_mid_turn_is_found() {
        var c = conversation(
                "rep: yeah that makes sense so what does your team use for this today",
                "buyer: excel and a shared inbox",
                "rep: okay we hear that a lot do your reps use gmail or outlook",
                "buyer: outlook");
        assertThat(CLASSIFIER.classifyUtterances(c)).containsEntry("t1", QuestionKind.OPEN).containsEntry("t3", QuestionKind.CLOSED);
    }

    @Test
    void polite_requests_are_requests_not_questions() {
        var c = conversation(
                "Sam: Could you send over the security whitepaper?",
                "Ana: Sure.",
                "Sam: And would you mind adding our IT lead to the next session?");
        assertThat(sentenceLabels(c, "t1")).containsExactly(QuestionKind.REQUEST);
        assertThat(sentenceLabels(c, "t3")).containsExactly(QuestionKind.REQUEST);
        assertThat(CLASSIFIER.classifyUtterances(c).get("t3")).isEqualTo(QuestionKind.NONE);
    }

    @Test
    void could_you_tell_me_how_is_an_open_question_not_a_request() {
        var c = conversation("Ann: Could you tell me how referrals come into the clinic today?", "Raul: Fax, mostly.");
        assertThat(sentenceLabels(c, "t1")).containsExactly(QuestionKind.OPEN);
    }

    @Test
    void rhetorical_questions_answered_by_the_asker() {
        var c = conversation(
                "Ken: And who wants to redo a route by hand at five in the morning? Nobody.",
                "Rosa: True.",
                "Sam: Why would we want you to go over a cap finance set? We don't.");
        assertThat(sentenceLabels(c, "t1")).startsWith(QuestionKind.RHETORICAL);
        assertThat(sentenceLabels(c, "t3")).startsWith(QuestionKind.RHETORICAL);
        assertThat(CLASSIFIER.classifyUtterances(c)).containsEntry("t1", QuestionKind.NONE).containsEntry("t3", QuestionKind.NONE);
    }

    @Test
    void tag_questions_are_tags() {
        var c = conversation(
                "Ravi: And they're all on Salesforce, right?",
                "Kate: Yes, everyone.",
                "Ana: That's configurable per customer, isn't it?");
        assertThat(sentenceLabels(c, "t1")).containsExactly(QuestionKind.TAG);
        assertThat(sentenceLabels(c, "t3")).containsExactly(QuestionKind.TAG);
    }

    @Test
    void backchannels_and_echoes_are_not_questions() {
        var c = conversation(
                "Customer: I was charged twice for the March invoice.",
                "Agent: Twice?",
                "Customer: Yes, and the manager gets a notification.",
                "Agent: Oh, do they?",
                "Customer: They do.",
                "Agent: Oh, really?");
        assertThat(sentenceLabels(c, "t2")).containsExactly(QuestionKind.BACKCHANNEL);
        assertThat(sentenceLabels(c, "t4")).containsExactly(QuestionKind.BACKCHANNEL);
        assertThat(sentenceLabels(c, "t6")).containsExactly(QuestionKind.BACKCHANNEL);
    }

    @Test
    void quoted_questions_are_not_asked_of_the_listener() {
        var c = conversation(
                "Ruth: They always ask, why are we losing mid-market accounts?",
                "Jon: And what are you doing about it?",
                "buyer: so my boss keeps asking me what's the roi on this thing");
        Map<String, QuestionKind> summary = CLASSIFIER.classifyUtterances(c);
        assertThat(summary).containsEntry("t1", QuestionKind.NONE).containsEntry("t2", QuestionKind.OPEN).containsEntry("t3", QuestionKind.NONE);
    }

    @Test
    void abandoned_starts_are_not_questions_but_restarts_are() {
        var c = conversation(
                "Chris: So is your, well, anyway, let me back up a second.",
                "Beth: Can it, hmm, no, never mind, I see it.",
                "Beth: What, sorry, what formats can it export to?");
        assertThat(CLASSIFIER.classifyUtterances(c)).containsEntry("t1", QuestionKind.NONE)
                .containsEntry("t2", QuestionKind.NONE).containsEntry("t3", QuestionKind.OPEN);
    }

    @Test
    void declarative_question_is_closed_when_the_other_speaker_confirms_it() {
        var confirmed = conversation("rep: so you guys are still on the old version of zendesk", "buyer: yeah we never upgraded");
        var unanswered = conversation("rep: so you guys are still on the old version of zendesk", "rep: which is fine by the way");
        assertThat(CLASSIFIER.classifyUtterances(confirmed).get("t1")).isEqualTo(QuestionKind.CLOSED);
        assertThat(CLASSIFIER.classifyUtterances(unanswered).get("t1")).isEqualTo(QuestionKind.NONE);
    }

    @Test
    void statement_with_a_question_mark_about_the_speaker_is_not_a_question() {
        var c = conversation(
                "Tara: So this is the pipeline page.",
                "Will: We have about eighty reps?",
                "Will: And most of them live in the mobile app.",
                "Tara: Okay, do you want me to show mobile first?");
        Map<String, QuestionKind> summary = CLASSIFIER.classifyUtterances(c);
        assertThat(summary).containsEntry("t2", QuestionKind.NONE).containsEntry("t4", QuestionKind.CLOSED);
    }

    @Test
    void statements_with_wh_words_are_not_questions() {
        var c = conversation(
                "rep: so i looked at what you sent over and i think i understand what you need",
                "buyer: we use Excel, which is painful, and that's why we called",
                "rep: what i'm not clear on is the timeline");
        assertThat(CLASSIFIER.classifyUtterances(c).values()).containsOnly(QuestionKind.NONE);
    }

    @Test
    void summary_keeps_every_utterance_and_prefers_open_over_closed() {
        var c = conversation("Ada: Is dbt on cloud? And how do requests reach the engineers?", "Ben: ", "Ada: Okay.");
        Map<String, QuestionKind> summary = CLASSIFIER.classifyUtterances(c);
        assertThat(summary.keySet()).containsExactly("t1", "t2", "t3");
        assertThat(summary).containsEntry("t1", QuestionKind.OPEN).containsEntry("t2", QuestionKind.NONE);
        assertThat(sentenceLabels(c, "t1")).containsExactly(QuestionKind.CLOSED, QuestionKind.OPEN);
    }

    @Test
    void demo_narration_with_wh_words_and_is_there_is_not_a_question() {
        var c = conversation(
                "rep: And then down here is the audit trail, every touch, who, when.",
                "buyer: Okay.",
                "rep: We email your vendors and tell them where to send invoices, which, honestly, is the part people dread the most.",
                "buyer: Mm-hmm.",
                "rep: We're really the premium option, but the value is there.",
                "buyer: Mm.",
                "rep: So, why?",
                "buyer: Because the board asked.");
        assertThat(sentenceLabels(c, "t1")).containsOnly(QuestionKind.NONE);
        assertThat(sentenceLabels(c, "t3")).containsOnly(QuestionKind.NONE);
        assertThat(sentenceLabels(c, "t5")).containsOnly(QuestionKind.NONE);
        assertThat(sentenceLabels(c, "t7")).containsExactly(QuestionKind.OPEN);
    }
}
