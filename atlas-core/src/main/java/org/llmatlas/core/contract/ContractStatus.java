package org.llmatlas.core.contract;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceCodec;
import org.llmatlas.core.evidence.VerifiedEvidence;
import org.llmatlas.core.validation.DidYouMean;

/**
 * Computes the residual information asymmetry of a contract: judges every clause from its evidence, then every cell
 * (phase × agency problem × remedy) of the catalog from the clauses that address it. A cell counts as covered only
 * through evidence that is intact, fresh and meets its threshold; a stale or tampered file covers nothing.
 *
 * <p>Example: {@code StatusReport report = ContractStatus.evaluate(contract, catalog);}
 */
public final class ContractStatus {

    private ContractStatus() {}

    /** Evaluates now, verifying evidence with the key from {@code ATLAS_EVIDENCE_KEY} if set. */
    public static StatusReport evaluate(Contract contract, Catalog catalog) {
        return evaluate(
                contract,
                catalog,
                EvidenceCodec.fromEnvironment(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public static StatusReport evaluate(Contract contract, Catalog catalog, EvidenceCodec codec, Instant now) {
        List<ClauseResult> clauses = new ArrayList<>();
        for (Clause clause : contract.clauses()) {
            clauses.add(judge(contract, clause, codec, now));
        }
        List<CellResult> cells = new ArrayList<>();
        for (Phase phase : catalog.phases()) {
            for (AgencyProblem problem : problemsInOrder(catalog)) {
                for (Remedy remedy : remediesInOrder(catalog)) {
                    if (phase.isActive() && problem.isActive()) {
                        cells.add(cell(contract, catalog, phase, problem, remedy, clauses));
                    }
                }
            }
        }
        return new StatusReport(contract, catalog.version(), now, cells, clauses);
    }

    /** Agency problems in the order they arise: ex ante (hidden characteristics) before ex post (hidden actions). */
    public static List<AgencyProblem> problemsInOrder(Catalog catalog) {
        return catalog.problems().stream()
                .filter(AgencyProblem::isActive)
                .sorted(Comparator.comparing((AgencyProblem p) ->
                                p.timing() == null ? 2 : p.timing().ordinal())
                        .thenComparing(AgencyProblem::id))
                .toList();
    }

    /**
     * Active remedies in the order the problems list them (signaling, screening, then bonding, monitoring), the
     * column order of the paper's problem-solution space; remedies no problem lists come last.
     */
    public static List<Remedy> remediesInOrder(Catalog catalog) {
        List<String> order = new ArrayList<>();
        problemsInOrder(catalog)
                .forEach(problem -> problem.remedies().stream()
                        .filter(id -> !order.contains(id))
                        .forEach(order::add));
        return catalog.remedies().stream()
                .filter(Remedy::isActive)
                .sorted(Comparator.comparingInt(
                                (Remedy r) -> order.contains(r.id()) ? order.indexOf(r.id()) : order.size())
                        .thenComparing(Remedy::id))
                .toList();
    }

    /** Judges one clause from its evidence file. */
    static ClauseResult judge(Contract contract, Clause clause, EvidenceCodec codec, Instant now) {
        Path file = contract.resolve(clause.evidence().path());
        VerifiedEvidence read = codec.read(file);
        Map<String, Path> inputs = new LinkedHashMap<>();
        clause.evidence().inputs().forEach(input -> inputs.put(input.name(), contract.resolve(input.path())));
        VerifiedEvidence verified =
                read.checkFreshness(inputs, clause.evidence().maxAge(), now);
        String where = clause.evidence().path() + ": ";
        if (!java.nio.file.Files.exists(file)) {
            return result(
                    clause,
                    ClauseState.MISSING_EVIDENCE,
                    where + "no evidence yet; " + howToProduce(clause),
                    null,
                    read);
        }
        return switch (verified.status()) {
            case MALFORMED -> result(clause, ClauseState.MISSING_EVIDENCE, where + verified.detail(), null, verified);
            case TAMPERED -> result(clause, ClauseState.TAMPERED, where + verified.detail(), null, verified);
            case STALE -> result(clause, ClauseState.STALE, where + verified.detail(), null, verified);
            case VALID -> measure(clause, verified, where);
        };
    }

    private static String howToProduce(Clause clause) {
        return ContractValidator.ATTESTATION.equals(clause.instrument())
                ? "attest it with `atlas contract attest " + clause.id() + " --document FILE --by NAME`"
                : "run the `" + clause.instrument() + "` instrument and write its evidence there";
    }

    private static ClauseResult measure(Clause clause, VerifiedEvidence verified, String where) {
        Evidence evidence = verified.evidence();
        if (!sameFamily(evidence.instrument(), clause.instrument())) {
            return result(
                    clause,
                    ClauseState.MISSING_EVIDENCE,
                    where + "written by instrument '" + evidence.instrument() + "', the clause needs '"
                            + clause.instrument() + "'",
                    null,
                    verified);
        }
        Threshold threshold = clause.threshold();
        Optional<Double> measured = evidence.measurement(threshold.metric());
        if (measured.isEmpty()) {
            String hint = DidYouMean.suggest(
                            threshold.metric(), evidence.measurements().keySet())
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("; it has " + evidence.measurements().keySet());
            return result(
                    clause,
                    ClauseState.MISSING_EVIDENCE,
                    where + "no measurement '" + threshold.metric() + "'" + hint,
                    null,
                    verified);
        }
        double value = measured.get();
        String comparison = threshold.metric() + " = " + Numbers.format(value);
        if (threshold.isMetBy(value)) {
            return result(
                    clause,
                    ClauseState.SATISFIED,
                    comparison + " meets " + threshold.op().symbol() + " " + Numbers.format(threshold.value()),
                    value,
                    verified);
        }
        return result(
                clause,
                ClauseState.FAILED,
                comparison + " misses " + threshold.op().symbol() + " " + Numbers.format(threshold.value()),
                value,
                verified);
    }

    /**
     * Whether evidence from instrument {@code a} can serve a clause measured by {@code b}: equal, or one refines the
     * other ({@code screen} runs the adversarial suites that {@code screen.adversarial} names).
     */
    static boolean sameFamily(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    private static ClauseResult result(
            Clause clause, ClauseState state, String reason, Double measured, VerifiedEvidence evidence) {
        return new ClauseResult(clause, state, reason, Optional.ofNullable(measured), evidence);
    }

    private static CellResult cell(
            Contract contract,
            Catalog catalog,
            Phase phase,
            AgencyProblem problem,
            Remedy remedy,
            List<ClauseResult> judged) {
        int methods = catalog.cell(phase.id(), problem.id(), remedy.id()).size();
        List<ClauseResult> here = judged.stream()
                .filter(r -> r.clause().addresses(phase.id(), problem.id(), remedy.id()))
                .toList();
        List<String> ids = here.stream().map(r -> r.clause().id()).toList();
        int satisfied = (int) here.stream().filter(ClauseResult::isSatisfied).count();
        Optional<String> notApplicable = notApplicable(contract, phase, problem, remedy);
        if (notApplicable.isPresent()) {
            return new CellResult(
                    phase.id(),
                    problem.id(),
                    remedy.id(),
                    CellState.NOT_APPLICABLE,
                    ids,
                    satisfied,
                    methods,
                    notApplicable.get());
        }
        CellState state;
        String reason;
        if (here.stream().anyMatch(ClauseResult::isSatisfied)) {
            state = CellState.COVERED;
            reason = "satisfied: " + String.join(", ", idsIn(here, ClauseState.SATISFIED));
        } else if (here.stream().anyMatch(r -> r.state() == ClauseState.FAILED)) {
            state = CellState.FAILING;
            reason = "below threshold: " + String.join(", ", idsIn(here, ClauseState.FAILED));
        } else if (here.isEmpty()) {
            state = CellState.OPEN;
            reason = methods == 0
                    ? "no clause, and the catalog maps no method here yet"
                    : "no clause for any of the catalog's " + methods + " method(s); see `atlas catalog list --phase "
                            + phase.id() + " --problem " + problem.id() + " --remedy " + remedy.id() + "`";
        } else {
            state = CellState.OPEN;
            reason = "no trustworthy evidence: " + String.join(", ", ids);
        }
        return new CellResult(phase.id(), problem.id(), remedy.id(), state, ids, satisfied, methods, reason);
    }

    private static List<String> idsIn(List<ClauseResult> results, ClauseState state) {
        return results.stream()
                .filter(r -> r.state() == state)
                .map(r -> r.clause().id())
                .toList();
    }

    private static Optional<String> notApplicable(
            Contract contract, Phase phase, AgencyProblem problem, Remedy remedy) {
        if (!contract.phases().contains(phase.id())) {
            return Optional.of(phase.id() + " is not among the contract's phases");
        }
        if (!phase.problems().contains(problem.id())) {
            return Optional.of(problem.id() + " does not arise in " + phase.id());
        }
        if (!problem.remedies().contains(remedy.id())) {
            return Optional.of(remedy.id() + " is no remedy for " + problem.id());
        }
        return Optional.empty();
    }

    /** Display name of a catalog entity, or its ID when the catalog does not know it. */
    public static String label(Catalog catalog, String id) {
        return catalog.find(id).map(CatalogEntity::name).orElse(id);
    }
}
