package io.candor.scoring;

/**
 * Whether the calls agree with the CRM's stated loss reason.
 * SUPPORTS: the calls show the stated reason (a budget freeze for "Budget", a product gap for "Product").
 * CONTRADICTS: the calls show rep-controllable causes the stated reason hides, or never show the stated reason at all.
 * CANNOT_JUDGE: no transcript, no reason stated, or no finding either way.
 */
public enum ReasonAgreement {
    SUPPORTS, CONTRADICTS, CANNOT_JUDGE
}
