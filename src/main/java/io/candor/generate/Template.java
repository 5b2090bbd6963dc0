package io.candor.generate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {name} placeholders; a placeholder without a value is a bug in the generator, so it fails loudly. */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Template() {
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + m.group(1) + "} in template '" + template + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
