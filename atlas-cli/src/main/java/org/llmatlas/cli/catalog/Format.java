package org.llmatlas.cli.catalog;

/** Output format of the browsing commands: for people, or for scripts. */
enum Format {
    text,
    json
}
