package org.llmatlas.web.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Source;
import org.llmatlas.web.catalog.CodingProvenance;
import org.llmatlas.web.release.ReleaseInfo;
import org.llmatlas.web.release.ReleaseStore;
import org.springframework.stereotype.Component;

/**
 * The catalog pages' view of coding: for an entity in a release, the released proposals behind it, their coders, the
 * editor who reconciled them, the per-field agreement and the quotes the coders cited.
 */
@Component
class PublishedCodings implements CodingProvenance {

    private final CodingService coding;
    private final AgreementService agreement;
    private final ReleaseStore releases;
    private final Publication publication;

    PublishedCodings(CodingService coding, AgreementService agreement, ReleaseStore releases, Publication publication) {
        this.publication = publication;
        this.coding = coding;
        this.agreement = agreement;
        this.releases = releases;
    }

    @Override
    public List<CodingRecord> codings(String version, String entityId) {
        int upTo = releases.release(version).map(ReleaseInfo::seq).orElse(-1);
        List<CodingRecord> records = new ArrayList<>();
        for (Proposal proposal : coding.releasedFor(entityId)) {
            int releasedIn = releases.release(proposal.releaseVersion())
                    .map(ReleaseInfo::seq)
                    .orElse(Integer.MAX_VALUE);
            if (releasedIn > upTo) {
                continue;
            }
            List<Coding> codings = coding.visibleCodings(proposal.id(), "");
            Map<String, String> figures = new LinkedHashMap<>();
            agreement
                    .perField(codings)
                    .forEach((field, share) -> figures.put("Agreement (" + field + ")", AgreementReport.format(share)));
            List<SourceQuote> quotes = new ArrayList<>();
            codings.stream()
                    .filter(c -> c.quote() != null)
                    .forEach(c -> quotes.add(new SourceQuote(sourceOf(proposal), c.quote(), c.page())));
            records.add(new CodingRecord(
                    entityId,
                    codings.stream()
                            .map(c -> c.llm() ? c.coder() + " (LLM)" : c.coder())
                            .toList(),
                    Objects.requireNonNullElse(proposal.publishedBy(), ""),
                    figures,
                    quotes));
        }
        return records;
    }

    /** The source a quote is from: the published entity's first source (or the source itself). */
    private String sourceOf(Proposal proposal) {
        CatalogEntity entity = publication.entity(proposal);
        List<String> sources = switch (entity) {
            case Mapping m -> m.sources();
            case Method m -> m.sources();
            case Source s -> List.of(s.id());
            default -> List.of();
        };
        return sources.isEmpty() ? "" : sources.getFirst();
    }
}
