package org.llmatlas.screen.suite;

import java.nio.file.Path;
import java.util.List;

/** Turns one published benchmark file into probes. One implementation per built-in benchmark. */
@FunctionalInterface
interface SuiteParser {

    List<Probe> parse(String suiteId, Path file);
}
