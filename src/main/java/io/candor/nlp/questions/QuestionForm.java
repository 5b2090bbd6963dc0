package io.candor.nlp.questions;

/**
 * A place in a sentence where a question clause begins, and what grammar makes it one.
 *
 * @param start index of the first word of the clause (after fillers and false starts)
 * @param boundaryStart index where the clause search began (sentence start, comma or clause marker)
 */
record QuestionForm(Type type, int start, int boundaryStart) {

    enum Type {
        /** wh-word fronted with inversion or as subject: "what does your team use", "who owns it". */
        WH,
        /** auxiliary before its subject: "do you track it", "is Berlin confirmed". */
        YES_NO,
        /** an invitation to talk at length: "walk me through...", "I'm curious how...". */
        OPEN_PROMPT,
        /** an indirect yes-no: "can you tell me if...", "I was wondering whether...". */
        CLOSED_PROMPT
    }

    boolean isOpen() {
        return type == Type.WH || type == Type.OPEN_PROMPT;
    }
}
