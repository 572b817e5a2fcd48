package org.llmatlas.web.coding;

import java.time.Instant;
import java.util.List;

/**
 * The agreement figures the site shows, computed by {@link AgreementService}. Undefined statistics are NaN and
 * shown as "n/a".
 */
public record AgreementReport(
        List<FieldAgreement> fields,
        List<PairAgreement> pairs,
        List<CoderAgreement> coders,
        List<TimePoint> overTime,
        int proposals) {

    /** Across all coders, one field: Krippendorff's alpha (MASI distance for objectives) and raw agreement. */
    public record FieldAgreement(String field, int units, double percent, double alpha) {}

    /** One pair of coders, one field: Cohen's kappa over the proposals both coded. */
    public record PairAgreement(String coderA, String coderB, String field, int units, double percent, double kappa) {}

    /** One coder: how often their codes equal the other coders' and the editor's reconciled result. */
    public record CoderAgreement(
            String coder, boolean llm, int codings, double percentWithOthers, double percentWithReconciled) {}

    /** Alpha and raw agreement over all fields of the proposals reconciled up to this one. */
    public record TimePoint(long proposalId, Instant at, double alpha, double percent) {}

    /** Formats a statistic for a page: two decimals, or "n/a" when undefined. */
    public static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
