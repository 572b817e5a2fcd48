package org.llmatlas.cli.catalog;

/** Exit codes of the catalog commands, so that scripts can tell "nothing there" from "you got it wrong". */
final class Exit {
    static final int OK = 0;
    static final int NOT_FOUND = 1;
    static final int INVALID = 2;

    private Exit() {}
}
