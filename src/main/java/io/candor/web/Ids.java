package io.candor.web;

import java.util.regex.Pattern;

/**
 * The one pattern deal and call ids in URLs must match. CRM ids ("006Dn00000AbCdE", "D-1001") and
 * call ids made from file names ("2024-03-05_discovery") fit it; anything else is refused with
 * 400 before it reaches a query, a log line or a page.
 */
public final class Ids {

    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private Ids() {
    }

    /** Returns {@code id} if it matches {@link #PATTERN}, else throws {@link BadRequestException} (HTTP 400). */
    public static String require(String kind, String id) {
        if (id == null || !PATTERN.matcher(id).matches()) {
            // The offending value is left out of the message: it is attacker-controlled text.
            throw new BadRequestException("That is not a valid " + kind + " id: ids are 1 to 128 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit.");
        }
        return id;
    }
}
