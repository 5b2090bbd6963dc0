package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.util.List;

/** A turn with its CoreNLP annotation, made once per turn and shared by every detector. */
public record AnnotatedTurn(Turn turn, CoreDocument doc) {

    public List<CoreSentence> sentences() {
        return doc.sentences() == null ? List.of() : doc.sentences();
    }

    public boolean isBuyer() {
        return turn.side() == Side.BUYER;
    }

    public boolean isSeller() {
        return turn.side() == Side.SELLER;
    }

    /** The sentence as it was said (original spacing), for a signal's text. */
    public static String text(CoreSentence sentence) {
        return sentence.text();
    }

    /** Token index of a CoreLabel within its sentence (CoreNLP counts from 1). */
    static int indexOf(CoreLabel token) {
        return token.index() - 1;
    }
}
