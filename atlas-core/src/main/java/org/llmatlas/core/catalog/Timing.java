package org.llmatlas.core.catalog;

/** When an agency problem arises or a remedy acts, relative to the principal's commitment to the agent. */
public enum Timing {
    EX_ANTE,
    EX_POST
}
