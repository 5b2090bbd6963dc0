package io.candor.nlp.questions;

import java.util.List;
import java.util.Set;

/**
 * Closed-class words the question rules look for. These are grammar (auxiliaries, wh-words,
 * fillers), not domain vocabulary, so they live in code rather than in lexicons.yml.
 */
final class QuestionCues {

    static final Set<String> WH = Set.of("what", "which", "who", "whom", "whose", "why", "how", "where", "when");

    /** Auxiliaries and modals as CoreNLP tokenizes them ("can't" = "ca" + "n't", "won't" = "wo" + "n't"). */
    static final Set<String> AUX = Set.of("is", "are", "was", "were", "am", "'s", "'re", "'m", "'d", "'ll", "'ve", "do", "does", "did",
            "have", "has", "had", "can", "ca", "could", "will", "wo", "would", "should", "shall", "may", "might", "must");

    static final Set<String> MODALS = Set.of("can", "ca", "could", "would", "will", "wo", "may");

    static final Set<String> NEGATION = Set.of("n't", "not");

    /** Said before a question without changing it: "uh, so, okay, what...". */
    static final Set<String> FILLERS = Set.of("uh", "um", "er", "erm", "ah", "oh", "hmm", "mm", "mhm", "so", "and",
            "but", "okay", "ok", "alright", "right", "yeah", "yes", "yep", "well", "now", "then", "like", "actually",
            "just", "also", "sorry", "great", "cool", "perfect", "sure", "nice", "first", "thanks", "hi", "hey",
            "anyway", "maybe", "gotcha", "wow", "ha", "fine", "good", "understood", "fair", "interesting");

    static final List<List<String>> FILLER_PHRASES = List.of(
            List.of("last", "one"), List.of("quick", "question"), List.of("one", "more", "question"),
            List.of("one", "more", "thing"), List.of("out", "of", "curiosity"), List.of("i", "mean"),
            List.of("got", "it"), List.of("makes", "sense"), List.of("that", "makes", "sense"),
            List.of("let", "me", "ask", "you"), List.of("let", "me", "ask"), List.of("all", "right"),
            List.of("that", "'s", "helpful"), List.of("that", "'s", "fair"), List.of("that", "'s", "great"));

    /** Words that, mid-sentence, may start a new clause in unpunctuated ASR text. */
    static final Set<String> CLAUSE_MARKERS = Set.of("so", "and", "okay", "ok", "alright", "yeah", "well", "but",
            "um", "uh", "oh", "hmm", "mm", "right", "now", "cool", "great", "perfect", "sure");

    /** Tokens that can begin the subject of an inverted question: "is [the card]...", "do [you]...". */
    static final Set<String> SUBJECT_TAGS = Set.of("PRP", "EX", "DT", "PDT", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "JJS");

    static final Set<String> SUBJECT_WORDS = Set.of("anyone", "anybody", "anything", "everyone", "everybody",
            "everything", "someone", "somebody", "something", "all", "both", "each", "either", "nobody", "most", "there");

    /** Standing at the end of a statement, after a comma, these make it a tag question. */
    static final Set<String> TAG_WORDS = Set.of("right", "correct", "yeah", "no", "huh", "okay", "ok", "yes", "eh", "true", "agreed");

    /** Question-looking interjections that only keep the floor with the other speaker: "oh, really?". */
    static final Set<String> BACKCHANNEL_WORDS = Set.of("oh", "ah", "wow", "really", "sorry", "pardon", "yeah", "yes",
            "right", "huh", "okay", "ok", "seriously", "hmm", "mm", "what", "true", "no", "way", "interesting",
            "nice", "come", "again", "is", "that", "so", "you", "think", "ouch", "whoa", "gosh");

    /** A question clause cut off by one of these was abandoned ("is this a, well, anyway..."). */
    static final List<List<String>> ABANDON_MARKERS = List.of(List.of("anyway"), List.of("never", "mind"),
            List.of("nevermind"), List.of("forget", "it"), List.of("scratch", "that"), List.of("oh", "wait"),
            List.of("let", "me", "back", "up"), List.of("i", "'m", "getting", "ahead"), List.of("hmm", ",", "no"));

    /** A sentence right after a question that starts with one of these answers it: the asker didn't want an answer. */
    static final Set<String> SELF_ANSWER_STARTS = Set.of("nobody", "none", "nothing", "not", "no", "nope", "yes",
            "because", "exactly", "everybody", "everyone", "never", "zero", "too");

    /** Openings that mark a question as rhetorical whatever follows. */
    static final List<List<String>> RHETORICAL_OPENINGS = List.of(
            List.of("who", "does", "n't"), List.of("who", "would", "n't"), List.of("who", "ca", "n't"),
            List.of("who", "can", "blame"), List.of("who", "has", "time"), List.of("who", "cares"), List.of("who", "knows"),
            List.of("why", "would", "i"), List.of("why", "would", "we"), List.of("why", "would", "anyone"),
            List.of("why", "would", "anybody"), List.of("why", "would", "you"), List.of("how", "hard", "can"),
            List.of("what", "could", "go", "wrong"), List.of("what", "'s", "not", "to"), List.of("guess", "what"),
            List.of("you", "know", "what"), List.of("is", "n't", "that", "the"));

    /** Verbs that turn "can you ...?" into asking the listener to do something. */
    static final Set<String> REQUEST_VERBS = Set.of("send", "share", "forward", "email", "read", "switch", "hold",
            "click", "put", "kick", "ask", "add", "resend", "waive", "start", "introduce", "loop", "cc", "invite",
            "book", "schedule", "set", "move", "call", "copy", "update", "reset", "enter", "mute", "unmute",
            "repeat", "sign", "grant", "remove", "delete", "pin", "pull", "check", "drop", "shoot", "give", "get",
            "try", "restart", "open", "close", "type", "upload", "download", "refresh");

    /** Verbs that make "can/would you ...?" an invitation to talk: "could you walk me through...". */
    static final Set<String> PROMPT_VERBS = Set.of("tell", "walk", "talk", "take", "run", "help", "describe",
            "explain", "give", "share", "paint", "elaborate", "expand");

    static final Set<String> PROMPT_CONTINUATIONS = Set.of("about", "how", "what", "why", "where", "who", "when",
            "which", "more", "through", "understand", "a");

    static final Set<String> REPORTING_VERBS = Set.of("ask", "say", "wonder", "go");

    static final Set<String> FIRST_PERSON = Set.of("i", "we", "our", "my", "us", "me");

    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "y'all");

    private QuestionCues() {
    }

    /** True when the words at {@code i} spell {@code phrase}. */
    static boolean startsWith(List<Token> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).is(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Length of a filler phrase starting at {@code i}, 0 if none. */
    static int fillerPhraseAt(List<Token> tokens, int i) {
        for (List<String> phrase : FILLER_PHRASES) {
            if (startsWith(tokens, i, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    /**
     * Skips punctuation, fillers and false starts ("did, did you", "what what does") from {@code i};
     * returns the index of the first word that carries the clause.
     */
    static int skipFillers(List<Token> tokens, int i) {
        int n = tokens.size();
        while (i < n) {
            Token t = tokens.get(i);
            int phrase = fillerPhraseAt(tokens, i);
            if (phrase > 0) {
                i += phrase;
            } else if (t.isPunct() || FILLERS.contains(t.word()) && !isFillerUsedAsAnswerWord(tokens, i)) {
                i++;
            } else if (isRepeatedAt(tokens, i)) {
                i++;
            } else if (t.is("you") && i + 2 < n && tokens.get(i + 1).is("know") && tokens.get(i + 2).isPunct()) {
                i += 2;
            } else {
                return i;
            }
        }
        return i;
    }

    /** "right now", "just contacts", "well-known": the filler word is part of what is said. */
    private static boolean isFillerUsedAsAnswerWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return t.is("right") && (next.is("now") || next.is("away") || next.is("here") || next.is("there"))
                || t.is("first") && next.tagStarts("NN")
                || t.is("like") && next.tagStarts("CD");
    }

    /** A false start: this word again as the next word ("did, did you"). */
    private static boolean isRepeatedAt(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && (tokens.get(j).isPunct() || FILLERS.contains(tokens.get(j).word()) && !tokens.get(j).is(tokens.get(i).word()))) {
            j++;
        }
        return j < tokens.size() && j - i <= 3 && tokens.get(j).is(tokens.get(i).word());
    }
}
