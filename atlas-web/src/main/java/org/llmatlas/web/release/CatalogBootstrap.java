package org.llmatlas.web.release;

import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On first start (no release in the database), publishes the catalog bundled with the code as the first release,
 * so that a newcomer sees the matrix without any set-up. Later catalogs are published by editors, never
 * overwritten from the repository.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "atlas.catalog.bootstrap", havingValue = "true", matchIfMissing = true)
class CatalogBootstrap implements ApplicationRunner {

    /** {@code published_by} of the release that came from the repository. */
    static final String REPOSITORY = "repository";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogBootstrap.class);

    private final ReleaseStore store;

    CatalogBootstrap(ReleaseStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.latestRelease().isPresent()) {
            return;
        }
        Catalog catalog = CatalogLoader.loadDefault();
        try {
            store.publish(catalog, REPOSITORY);
            LOG.info("Published the repository catalog as release {}", catalog.version());
        } catch (DuplicateKeyException e) {
            LOG.info("Release {} was published concurrently by another instance", catalog.version());
        }
    }
}
