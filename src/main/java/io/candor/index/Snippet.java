package io.candor.index;

import java.util.List;

/**
 * A highlighted passage as plain-text fragments, each marked highlighted or not. Callers render
 * it for their medium: HTML escapes every fragment's text and then wraps highlighted ones in tags,
 * so a transcript saying "&lt;script&gt;" can never inject markup.
 */
public record Snippet(List<Fragment> fragments) {

    /** Separates two non-adjacent passages of one turn. */
    public static final String ELLIPSIS = " … ";

    public Snippet {
        fragments = List.copyOf(fragments);
    }

    public static Snippet plain(String text) {
        return new Snippet(List.of(new Fragment(text, false)));
    }

    /** The snippet text with highlighted fragments wrapped in {@code pre}/{@code post}, e.g. "**" or ANSI bold. */
    public String marked(String pre, String post) {
        StringBuilder out = new StringBuilder();
        for (Fragment f : fragments) {
            out.append(f.highlighted() ? pre + f.text() + post : f.text());
        }
        return out.toString();
    }

    /** HTML: every fragment escaped, highlighted ones wrapped in the given (trusted) tags, e.g. "&lt;mark&gt;". */
    public String html(String openTag, String closeTag) {
        StringBuilder out = new StringBuilder();
        for (Fragment f : fragments) {
            String escaped = escapeHtml(f.text());
            out.append(f.highlighted() ? openTag + escaped + closeTag : escaped);
        }
        return out.toString();
    }

    public String text() {
        return marked("", "");
    }

    public boolean hasHighlights() {
        return fragments.stream().anyMatch(Fragment::highlighted);
    }

    private static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A run of snippet text; {@code highlighted} when it is a query hit. */
    public record Fragment(String text, boolean highlighted) {
    }
}
