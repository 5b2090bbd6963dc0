package io.candor.domain;

/** Which side of the table a speaker sits on. UNKNOWN is reported, never guessed. */
public enum Side {
    SELLER, BUYER, UNKNOWN;

    /** Lower-case name used in JSON, CSV and search filters ("seller", "buyer", "unknown"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
