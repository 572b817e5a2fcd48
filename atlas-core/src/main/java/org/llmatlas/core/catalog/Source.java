package org.llmatlas.core.catalog;

import java.util.List;

/**
 * A bibliographic source: the paper's reference list plus the framework documents that crosswalks cite.
 *
 * @param type BibTeX entry type: {@code article}, {@code inproceedings}, {@code book}, {@code misc}, ...
 */
public record Source(
        String id,
        String name,
        EntityStatus status,
        String since,
        String type,
        List<String> authors,
        int year,
        String title,
        String venue,
        String doi,
        String arxiv,
        String url,
        String replacedBy)
        implements CatalogEntity {
    public Source {
        authors = List.copyOf(authors);
    }
}
