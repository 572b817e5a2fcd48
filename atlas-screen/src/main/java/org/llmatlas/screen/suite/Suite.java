package org.llmatlas.screen.suite;

import java.util.List;

/**
 * A loaded suite: its probes and where they came from. {@code sha256} is the digest of the file the probes were
 * read from, recorded in reports and evidence so that a result can be traced to the exact bytes.
 */
public record Suite(String id, String source, String sha256, String licence, List<Probe> probes) {

    public Suite {
        probes = List.copyOf(probes);
    }
}
