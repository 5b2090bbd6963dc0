package io.candor.web.transcript;

/**
 * A run of a turn's text: plain, or marked as a signal's sentence.
 *
 * @param cssClass the signal's class ({@code sig-detractor}...), null for plain text
 * @param caption  what the mark means, shown on hover; null for plain text
 */
public record Segment(String text, String cssClass, String caption) {

    static Segment plain(String text) {
        return new Segment(text, null, null);
    }

    public boolean marked() {
        return cssClass != null;
    }
}
