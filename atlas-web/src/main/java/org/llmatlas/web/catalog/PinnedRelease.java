package org.llmatlas.web.catalog;

import java.util.Map;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.web.release.ReleaseInfo;
import org.llmatlas.web.release.ReleaseStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The release a page shows: a fixed one ({@code /r/1.0.0/...}, links stay in it) or the latest ({@code /id/...},
 * {@code /matrix}). {@code base} is the URL prefix that keeps links inside the same release.
 */
public record PinnedRelease(ReleaseInfo release, Catalog catalog, String base, boolean pinned) {

    static PinnedRelease resolve(ReleaseStore store, String version) {
        if (version == null) {
            ReleaseInfo latest = store.latestRelease()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no release published yet"));
            return new PinnedRelease(latest, store.catalog(latest.version()).orElseThrow(), "", false);
        }
        ReleaseInfo release = store.release(version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no release " + version));
        return new PinnedRelease(release, store.catalog(version).orElseThrow(), "/r/" + version, true);
    }

    public Map<String, CatalogEntity> names() {
        return catalog.byId();
    }

    /** Link to an entity page inside this release. */
    public String link(String id) {
        return (pinned ? base + "/" : "/id/") + id;
    }
}
