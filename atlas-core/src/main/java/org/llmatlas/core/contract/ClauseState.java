package org.llmatlas.core.contract;

/** Whether one clause holds, judged from its evidence. Only {@link #SATISFIED} closes an information asymmetry. */
public enum ClauseState {
    /** Valid, fresh evidence meets the threshold. */
    SATISFIED,
    /** Valid, fresh evidence misses the threshold: the agent was screened or monitored and fell short. */
    FAILED,
    /** No evidence file, an unreadable one, one from another instrument, or one without the threshold's metric. */
    MISSING_EVIDENCE,
    /** Intact evidence that no longer describes the present: an input changed or it is too old. */
    STALE,
    /** Evidence whose digest or signature does not match: it cannot be trusted at all. */
    TAMPERED
}
