package org.llmatlas.web.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.CatalogException;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.Release;
import org.llmatlas.core.catalog.export.YamlExport;
import org.llmatlas.web.release.ReleaseInfo;
import org.llmatlas.web.release.ReleaseStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors cut releases: the newest release plus every published proposal (added, or replacing the entity with the
 * same ID), under a new version with a changelog entry listing the proposals. Releases are immutable, so a release
 * is the only way published work reaches the catalog.
 */
@Service
public class ReleaseCutter {

    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    private final ReleaseStore releases;
    private final CodingService coding;
    private final Publication publication;

    ReleaseCutter(ReleaseStore releases, CodingService coding, Publication publication) {
        this.releases = releases;
        this.coding = coding;
        this.publication = publication;
    }

    /** The next minor version after the newest release: 1.0.0 → 1.1.0. */
    public String suggestedVersion() {
        String latest = releases.latestRelease().map(ReleaseInfo::version).orElse("0.0.0");
        Matcher m = SEMVER.matcher(latest);
        if (!m.matches()) {
            return latest + ".1";
        }
        return m.group(1) + "." + (Integer.parseInt(m.group(2)) + 1) + ".0";
    }

    public Catalog current() {
        return releases.latest()
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no release loaded yet"));
    }

    @Transactional
    public ReleaseInfo cut(String version, String editor) {
        if (!SEMVER.matcher(version).matches()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Version: use MAJOR.MINOR.PATCH, e.g. " + suggestedVersion());
        }
        if (releases.release(version).isPresent()) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "Version " + version + " exists already; releases never change");
        }
        List<Proposal> published = coding.published();
        if (published.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "Nothing to release: no proposal is published since the last release");
        }
        Catalog base = current();
        Map<String, CatalogEntity> entities = new LinkedHashMap<>();
        base.entities().forEach(e -> entities.put(e.id(), e));
        List<String> changes = new ArrayList<>();
        for (Proposal proposal : published) {
            CatalogEntity entity = publication.entity(proposal);
            changes.add((entities.containsKey(entity.id()) ? "Changed " : "Added ") + entity.id() + ": "
                    + proposal.title() + " (proposal #" + proposal.id() + ")");
            entities.put(entity.id(), entity);
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<Release> changelog = new ArrayList<>(base.changelog());
        changelog.add(new Release(version, today, changes));
        // The loader's order: one file per entity, read in order of file name (= ID).
        Catalog next = Catalog.of(
                version,
                base.title(),
                today,
                base.license(),
                changelog,
                entities.values().stream()
                        .sorted(Comparator.comparing(CatalogEntity::id))
                        .toList());
        checkLikeTheRepository(next);
        ReleaseInfo info = releases.publish(next, editor);
        published.forEach(p -> coding.markReleased(p.id(), version));
        return info;
    }

    /**
     * A release must load like the repository's catalog (references resolve, no cell repeats a method, ...): it is
     * written as YAML to a scratch folder and loaded with the CLI's loader, and refused with the loader's problems.
     */
    private static void checkLikeTheRepository(Catalog next) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("atlas-release-check");
            YamlExport.write(next, scratch.resolve("catalog"));
            CatalogLoader.load(scratch.resolve("catalog"));
        } catch (CatalogException e) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Release " + next.version() + " would not be a valid catalog: "
                            + e.problems().stream()
                                    .map(p -> p.message() + (p.hint() == null ? "" : " (" + p.hint() + ")"))
                                    .collect(Collectors.joining("; ")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the release in a scratch folder", e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a scratch folder under the temp directory; leaving it behind is harmless
        }
    }
}
