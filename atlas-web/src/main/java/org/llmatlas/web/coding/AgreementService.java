package org.llmatlas.web.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.llmatlas.core.agreement.Agreement;
import org.llmatlas.core.agreement.Distance;
import org.llmatlas.core.agreement.ReliabilityData;
import org.llmatlas.web.coding.AgreementReport.CoderAgreement;
import org.llmatlas.web.coding.AgreementReport.FieldAgreement;
import org.llmatlas.web.coding.AgreementReport.PairAgreement;
import org.llmatlas.web.coding.AgreementReport.TimePoint;
import org.springframework.stereotype.Service;

/**
 * Computes agreement from the codings of every proposal whose human codings are complete (open codings are never
 * counted, so the figures cannot leak a coding before its time). Fields are nominal, except objectives: alpha
 * compares those sets with the MASI distance, kappa and raw agreement treat a set as one code (exact match).
 */
@Service
public class AgreementService {

    private final Codings codings;

    AgreementService(Codings codings) {
        this.codings = codings;
    }

    public AgreementReport report() {
        Map<Long, List<Coding>> byProposal = new TreeMap<>();
        codings.allOfReconcilable()
                .forEach(e -> byProposal
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        List<String> coders = byProposal.values().stream()
                .flatMap(List::stream)
                .map(Coding::coder)
                .distinct()
                .sorted()
                .toList();
        Set<String> llmCoders = new TreeSet<>();
        byProposal.values().stream().flatMap(List::stream).filter(Coding::llm).forEach(c -> llmCoders.add(c.coder()));

        List<FieldAgreement> fields = new ArrayList<>();
        List<PairAgreement> pairs = new ArrayList<>();
        for (String field : Coding.FIELDS) {
            ReliabilityData<String> data = matrix(byProposal, coders, field);
            fields.add(new FieldAgreement(
                    field, pairableUnits(data), Agreement.percentAgreement(data), alpha(byProposal, coders, field)));
            for (int a = 0; a < coders.size(); a++) {
                for (int b = a + 1; b < coders.size(); b++) {
                    var both = data.pairs(coders.get(a), coders.get(b));
                    if (!both.isEmpty()) {
                        pairs.add(new PairAgreement(
                                coders.get(a),
                                coders.get(b),
                                field,
                                both.size(),
                                Agreement.percentAgreement(both),
                                Agreement.cohensKappa(both)));
                    }
                }
            }
        }
        return new AgreementReport(
                fields, pairs, perCoder(byProposal, coders, llmCoders), overTime(byProposal), byProposal.size());
    }

    /** Per field of one proposal: each coder's value and the share of coder pairs that agree on it. */
    public Map<String, Double> perField(List<Coding> proposalCodings) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String field : Coding.FIELDS) {
            ReliabilityData<String> data = ReliabilityData.<String>of(
                            proposalCodings.stream().map(Coding::coder).toList())
                    .withUnit(proposalCodings.stream().map(c -> c.value(field)).toList());
            result.put(field, Agreement.percentAgreement(data));
        }
        return result;
    }

    private List<CoderAgreement> perCoder(Map<Long, List<Coding>> byProposal, List<String> coders, Set<String> llm) {
        List<CoderAgreement> result = new ArrayList<>();
        for (String coder : coders) {
            int codingsCount = 0;
            int pairs = 0;
            int agreeing = 0;
            int withReconciled = 0;
            int agreeingReconciled = 0;
            for (var entry : byProposal.entrySet()) {
                Coding mine = entry.getValue().stream()
                        .filter(c -> c.coder().equals(coder))
                        .findFirst()
                        .orElse(null);
                if (mine == null) {
                    continue;
                }
                codingsCount++;
                for (Coding other : entry.getValue()) {
                    if (other.coder().equals(coder)) {
                        continue;
                    }
                    for (String field : Coding.FIELDS) {
                        pairs++;
                        agreeing += Objects.equals(mine.value(field), other.value(field)) ? 1 : 0;
                    }
                }
                var reconciled = codings.reconciliation(entry.getKey());
                if (reconciled.isPresent()) {
                    for (String field : Coding.FIELDS) {
                        withReconciled++;
                        agreeingReconciled += Objects.equals(
                                        mine.value(field), reconciled.get().value(field))
                                ? 1
                                : 0;
                    }
                }
            }
            result.add(new CoderAgreement(
                    coder,
                    llm.contains(coder),
                    codingsCount,
                    pairs == 0 ? Double.NaN : (double) agreeing / pairs,
                    withReconciled == 0 ? Double.NaN : (double) agreeingReconciled / withReconciled));
        }
        return result;
    }

    /** Cumulative agreement after each proposal, ordered by when its last coding came in. */
    private List<TimePoint> overTime(Map<Long, List<Coding>> byProposal) {
        List<Map.Entry<Long, List<Coding>>> ordered = byProposal.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue().stream()
                        .map(Coding::submittedAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()))
                .toList();
        List<TimePoint> points = new ArrayList<>();
        Map<Long, List<Coding>> sofar = new TreeMap<>();
        for (var entry : ordered) {
            sofar.put(entry.getKey(), entry.getValue());
            List<String> coders = sofar.values().stream()
                    .flatMap(List::stream)
                    .map(Coding::coder)
                    .distinct()
                    .sorted()
                    .toList();
            List<List<String>> units = new ArrayList<>();
            for (String field : Coding.FIELDS) {
                for (List<String> unit : matrix(sofar, coders, field).units()) {
                    units.add(unit.stream()
                            .map(v -> v == null ? null : field + "=" + v)
                            .toList());
                }
            }
            ReliabilityData<String> all = new ReliabilityData<>(coders, units);
            points.add(new TimePoint(
                    entry.getKey(),
                    entry.getValue().stream()
                            .map(Coding::submittedAt)
                            .max(Comparator.naturalOrder())
                            .orElseThrow(),
                    Agreement.krippendorffAlpha(all, Distance.nominal()),
                    Agreement.percentAgreement(all)));
        }
        return points;
    }

    private double alpha(Map<Long, List<Coding>> byProposal, List<String> coders, String field) {
        if (!field.equals("objectives")) {
            return Agreement.krippendorffAlpha(matrix(byProposal, coders, field), Distance.nominal());
        }
        List<List<Set<String>>> units = new ArrayList<>();
        for (List<Coding> unit : byProposal.values()) {
            List<Set<String>> row = new ArrayList<>();
            for (String coder : coders) {
                row.add(unit.stream()
                        .filter(c -> c.coder().equals(coder))
                        .findFirst()
                        .<Set<String>>map(Coding::objectives)
                        .orElse(null));
            }
            units.add(row);
        }
        return Agreement.krippendorffAlpha(new ReliabilityData<>(coders, units), Distance.masi());
    }

    private static ReliabilityData<String> matrix(
            Map<Long, List<Coding>> byProposal, List<String> coders, String field) {
        List<List<String>> units = new ArrayList<>();
        for (List<Coding> unit : byProposal.values()) {
            List<String> row = new ArrayList<>();
            for (String coder : coders) {
                row.add(unit.stream()
                        .filter(c -> c.coder().equals(coder))
                        .findFirst()
                        .map(c -> c.value(field))
                        .orElse(null));
            }
            units.add(row);
        }
        return new ReliabilityData<>(coders, units);
    }

    private static int pairableUnits(ReliabilityData<String> data) {
        return (int) data.units().stream()
                .filter(u -> u.stream().filter(Objects::nonNull).count() >= 2)
                .count();
    }
}
