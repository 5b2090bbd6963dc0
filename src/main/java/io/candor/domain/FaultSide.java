package io.candor.domain;

/** Whose to fix a cause is: the rep's, nobody's (external), or the product team's. */
public enum FaultSide {
    REP, EXTERNAL, PRODUCT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
