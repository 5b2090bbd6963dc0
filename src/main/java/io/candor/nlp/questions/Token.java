package io.candor.nlp.questions;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;

/** The few facts of a CoreNLP token the rules read, lower-cased once. */
record Token(String word, String tag, String lemma) {

    static Token of(CoreLabel label) {
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        return new Token(label.word().toLowerCase(Locale.ROOT), label.tag(), lemma.toLowerCase(Locale.ROOT));
    }

    boolean isPunct() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0)) && !word.startsWith("'");
    }

    boolean is(String w) {
        return word.equals(w);
    }

    boolean tagStarts(String prefix) {
        return tag != null && tag.startsWith(prefix);
    }

    /** A finite verb or modal: the word that inverts with its subject in a question. */
    boolean isFinite() {
        return "VBZ".equals(tag) || "VBP".equals(tag) || "VBD".equals(tag) || "MD".equals(tag);
    }
}
