package io.candor.nlp.questions;

/**
 * One row of a question TSV: the utterance, and where the file has them, its gold label and the
 * kind of hard case it is ("request", "tag", "no-punct", ...; empty when it is an ordinary row).
 *
 * @param line 1-based line number in the file, for error messages
 */
public record LabeledUtterance(Utterance utterance, QuestionKind gold, String kind, int line) {

    public boolean hasGold() {
        return gold != null;
    }
}
