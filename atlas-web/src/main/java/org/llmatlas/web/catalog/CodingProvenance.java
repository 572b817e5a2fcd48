package org.llmatlas.web.catalog;

import java.util.List;

/**
 * Who coded a catalog entry and how well independent coders agreed: the provenance that the method page shows next
 * to each mapping. The coding feature implements it from its tables; without an implementation the page says that no
 * coding is recorded (e.g. for the catalog that came from the repository).
 */
public interface CodingProvenance {

    /** The codings behind {@code entityId} (a mapping or method) in release {@code version}; empty if none. */
    List<CodingRecord> codings(String version, String entityId);

    /**
     * One published coding.
     *
     * @param coders the coders' display names, in assignment order
     * @param reconciledBy the editor who reconciled and published it
     * @param agreement agreement figures by label, e.g. {@code "Cohen's κ (phase)" -> "0.81"}
     * @param quotes the evidence the coders cited
     */
    record CodingRecord(
            String entityId,
            List<String> coders,
            String reconciledBy,
            java.util.Map<String, String> agreement,
            List<SourceQuote> quotes) {
        public CodingRecord {
            coders = List.copyOf(coders);
            agreement = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(agreement));
            quotes = List.copyOf(quotes);
        }
    }

    /** A quotation from a source with its page (or section) as coded. */
    record SourceQuote(String sourceId, String quote, String page) {}
}
