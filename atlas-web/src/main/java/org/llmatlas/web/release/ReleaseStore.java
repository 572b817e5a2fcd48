package org.llmatlas.web.release;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes catalogs as releases and reads them back. Releases never change once published, so each one is read
 * from the database once and then served from memory: catalog pages cost no query.
 */
@Repository
public class ReleaseStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Map<String, Catalog> catalogs = new ConcurrentHashMap<>();
    private volatile List<ReleaseInfo> releases;

    ReleaseStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** All releases, newest first. */
    public List<ReleaseInfo> releases() {
        List<ReleaseInfo> known = releases;
        if (known == null) {
            known = jdbc.sql("select version, seq, title, released, published_at, published_by from catalog_release"
                            + " order by seq desc")
                    .query((rs, row) -> new ReleaseInfo(
                            rs.getString("version"),
                            rs.getInt("seq"),
                            rs.getString("title"),
                            rs.getString("released"),
                            rs.getTimestamp("published_at").toInstant(),
                            rs.getString("published_by")))
                    .list();
            releases = known;
        }
        return known;
    }

    public Optional<ReleaseInfo> release(String version) {
        return releases().stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** The newest release, if any was published. */
    public Optional<ReleaseInfo> latestRelease() {
        return releases().stream().findFirst();
    }

    /** The release published just before {@code version}, for its changelog. */
    public Optional<ReleaseInfo> previous(String version) {
        return release(version)
                .flatMap(current ->
                        releases().stream().filter(r -> r.seq() < current.seq()).findFirst());
    }

    /** The catalog of one release, exactly as published. */
    public Optional<Catalog> catalog(String version) {
        if (release(version).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(catalogs.computeIfAbsent(version, this::read));
    }

    public Optional<Catalog> latest() {
        return latestRelease().flatMap(r -> catalog(r.version()));
    }

    /**
     * Publishes {@code catalog} as a new release.
     *
     * @throws IllegalStateException if its version was published before (releases are immutable)
     */
    @Transactional
    public ReleaseInfo publish(Catalog catalog, String publishedBy) {
        if (release(catalog.version()).isPresent()) {
            throw new IllegalStateException("release " + catalog.version()
                    + " exists already; releases never change, publish the edit under a new version");
        }
        Integer seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from catalog_release")
                .query(Integer.class)
                .single();
        Instant now = Instant.now();
        jdbc.sql("insert into catalog_release (version, seq, title, released, metadata, published_at, published_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        catalog.version(),
                        seq,
                        catalog.title() == null ? catalog.version() : catalog.title(),
                        catalog.released(),
                        JSON.writeValueAsString(CatalogCodec.metadataTree(catalog)),
                        Timestamp.from(now),
                        publishedBy)
                .update();
        int order = 0;
        for (CatalogEntity entity : catalog.entities().toList()) {
            jdbc.sql("insert into catalog_entity (release_version, id, entity_order, kind, name, status, body)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            catalog.version(),
                            entity.id(),
                            order++,
                            EntityKind.of(entity).name(),
                            entity.name(),
                            CatalogCodec.status(entity.status()),
                            JSON.writeValueAsString(CatalogCodec.toTree(entity)))
                    .update();
        }
        releases = null;
        events.publishEvent(new ReleasePublished(catalog.version()));
        return release(catalog.version()).orElseThrow();
    }

    private Catalog read(String version) {
        String metadata = jdbc.sql("select metadata from catalog_release where version = ?")
                .param(version)
                .query(String.class)
                .single();
        List<CatalogEntity> entities = new ArrayList<>();
        jdbc.sql("select kind, body from catalog_entity where release_version = ? order by entity_order")
                .param(version)
                .query((rs, row) -> CatalogCodec.fromTree(
                        EntityKind.valueOf(rs.getString("kind")), JSON.readTree(rs.getString("body"))))
                .list()
                .forEach(entities::add);
        JsonNode tree = JSON.readTree(metadata);
        return CatalogCodec.catalog(tree, entities);
    }
}
