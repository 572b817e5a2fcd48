package org.llmatlas.web.release;

/** Published after a new release is stored: what "latest" means has changed, so caches of latest pages go stale. */
public record ReleasePublished(String version) {}
