package io.candor.report;

import java.util.regex.Pattern;

/**
 * Makes transcript and CRM text inert in Markdown: HTML tags become entities (Markdown viewers pass
 * raw HTML through), and the Markdown syntax that works mid-line is backslash-escaped, so a quote
 * cannot become a link, an image, emphasis, code or a table column. Line-start syntax (#, -, 1.)
 * cannot occur: renderers never start a line with data, and line breaks in data become spaces.
 */
public final class MarkdownText {

    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("([\\\\`*_\\[\\]|~])");

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        s = s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return MARKDOWN_SYNTAX.matcher(s).replaceAll("\\\\$1");
    }

    /** A table cell: escaped, and never empty (an empty cell reads as a broken table in some viewers). */
    public static String cell(String text) {
        String s = escape(text);
        return s.isEmpty() ? " " : s;
    }
}
