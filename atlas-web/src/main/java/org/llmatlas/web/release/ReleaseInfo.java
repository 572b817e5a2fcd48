package org.llmatlas.web.release;

import java.time.Instant;

/**
 * What the release list shows about one release, without loading its entities.
 *
 * @param seq publication order, 1 for the first release
 * @param released the release date as the catalog states it (ISO date), may be null
 * @param publishedBy the account that published it, or {@code repository} for the catalog bundled with the code
 */
public record ReleaseInfo(
        String version, int seq, String title, String released, Instant publishedAt, String publishedBy) {}
