package io.candor.domain;

/** The report's vocabulary (design.md). Stable: JSON output, CSV and tests use these names. */
public enum CauseCode {
    WEAK_DISCOVERY(FaultSide.REP),
    TALKED_MORE_THAN_LISTENED(FaultSide.REP),
    NO_URGENCY(FaultSide.REP),
    NO_BUSINESS_CASE(FaultSide.REP),
    SINGLE_THREADED(FaultSide.REP),
    MISSED_DETRACTOR(FaultSide.REP),
    EXTERNAL_BUDGET(FaultSide.EXTERNAL),
    EXTERNAL_ORG_CHANGE(FaultSide.EXTERNAL),
    EXTERNAL_PRIORITY(FaultSide.EXTERNAL),
    PRODUCT_GAP(FaultSide.PRODUCT);

    private final FaultSide side;

    CauseCode(FaultSide side) {
        this.side = side;
    }

    public FaultSide side() {
        return side;
    }
}
