package org.llmatlas.cli.contract;

/** Exit codes shared by the contract commands, so that CI scripts can tell "not yet" from "broken". */
final class Exit {
    static final int OK = 0;
    static final int OPEN = 1;
    static final int INVALID = 2;

    private Exit() {}
}
