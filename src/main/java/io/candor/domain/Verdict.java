package io.candor.domain;

/** Per-deal answer to "was this loss likely our fault?" */
public enum Verdict {
    LIKELY_OUR_FAULT, MIXED, LIKELY_EXTERNAL, INSUFFICIENT_EVIDENCE
}
