package org.llmatlas.core.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Objective;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.LocatedYaml;
import org.llmatlas.core.validation.Problem;
import org.llmatlas.core.validation.ValidationException;

/**
 * Checks a contract against the catalog: every catalog ID exists (with a "did you mean" otherwise), clause phases are
 * phases the organisation goes through, the clause's cell and method are a mapping of the catalog, and the instrument
 * is one the method lists. All problems are collected, so one run shows everything to fix.
 *
 * <p>Example: {@code ContractCheck check = ContractValidator.check(Path.of("atlas.yaml"), CatalogLoader.loadDefault());}
 */
public final class ContractValidator {

    /** The instrument that records a human attestation (a document and who vouches for it); fits every method. */
    public static final String ATTESTATION = "contract";

    private ContractValidator() {}

    public static ContractCheck check(Path file, Catalog catalog) {
        ContractReader.Parsed parsed;
        try {
            parsed = ContractReader.parse(file);
        } catch (ValidationException e) {
            return new ContractCheck(Optional.empty(), e.problems(), List.of());
        }
        Findings findings = new Findings(parsed.yaml(), catalog);
        findings.check(parsed.contract());
        return new ContractCheck(Optional.of(parsed.contract()), findings.errors, findings.warnings);
    }

    /** Collects errors and warnings for one contract. */
    private static final class Findings {
        private final LocatedYaml yaml;
        private final Catalog catalog;
        private final List<Problem> errors = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();

        Findings(LocatedYaml yaml, Catalog catalog) {
            this.yaml = yaml;
            this.catalog = catalog;
        }

        void check(Contract contract) {
            if (!contract.catalogVersion().isEmpty()
                    && !contract.catalogVersion().equals(catalog.version())) {
                warnings.add(yaml.problem(
                        "/catalog_version",
                        "the contract was written for catalog " + contract.catalogVersion() + ", this atlas has "
                                + catalog.version(),
                        "run `atlas catalog diff` to see what changed, then update catalog_version"));
            }
            if (contract.businessProblem().riskTier() == RiskTier.UNACCEPTABLE) {
                warnings.add(yaml.problem(
                        "/business_problem/risk_tier",
                        "risk tier 'unacceptable' is a prohibited practice under the EU AI Act (Art. 5)",
                        "no clause can make this use case acceptable; redefine the business problem"));
            }
            List<String> objectives = contract.businessProblem().objectives();
            for (int i = 0; i < objectives.size(); i++) {
                reference("/business_problem/objectives/" + i, objectives.get(i), Objective.class, "objective");
            }
            for (int i = 0; i < contract.phases().size(); i++) {
                reference("/phases/" + i, contract.phases().get(i), Phase.class, "phase");
            }
            Set<String> clauseIds = new HashSet<>();
            for (int i = 0; i < contract.clauses().size(); i++) {
                Clause clause = contract.clauses().get(i);
                String pointer = "/clauses/" + i;
                if (!clauseIds.add(clause.id())) {
                    errors.add(yaml.problem(
                            pointer + "/id",
                            "duplicate clause id '" + clause.id() + "'",
                            "give every clause its own id"));
                }
                clause(contract, pointer, clause);
            }
        }

        private void clause(Contract contract, String pointer, Clause clause) {
            boolean phaseOk = reference(pointer + "/phase", clause.phase(), Phase.class, "phase");
            if (phaseOk && !contract.phases().contains(clause.phase())) {
                errors.add(yaml.problem(
                        pointer + "/phase",
                        "clause " + clause.id() + " is in phase " + clause.phase()
                                + ", which is not among the contract's phases " + contract.phases(),
                        "add " + clause.phase() + " to `phases:` or remove the clause"));
            }
            boolean problemOk =
                    reference(pointer + "/problem", clause.problem(), AgencyProblem.class, "agency problem");
            boolean remedyOk = reference(pointer + "/remedy", clause.remedy(), Remedy.class, "remedy");
            Optional<Method> method = catalog.find(clause.method(), Method.class);
            boolean methodOk = reference(pointer + "/method", clause.method(), Method.class, "method");
            for (int i = 0; i < clause.objectives().size(); i++) {
                reference(pointer + "/objectives/" + i, clause.objectives().get(i), Objective.class, "objective");
            }
            if (phaseOk && problemOk && remedyOk && methodOk) {
                mapping(pointer, clause);
            }
            if (method.isPresent()) {
                instrument(pointer, clause, method.get());
            }
            evidence(contract, pointer, clause);
        }

        private void mapping(String pointer, Clause clause) {
            boolean mapped = catalog.cell(clause.phase(), clause.problem(), clause.remedy()).stream()
                    .anyMatch(m -> m.method().equals(clause.method()));
            if (mapped) {
                return;
            }
            Optional<Mapping> nearest = catalog.mappings().stream()
                    .filter(Mapping::isActive)
                    .max(Comparator.comparingInt((Mapping m) -> closeness(m, clause))
                            .thenComparing(Mapping::id, Comparator.reverseOrder()));
            String hint = nearest.map(m -> "nearest catalog mapping: " + m.id() + " (" + m.phase() + " × " + m.problem()
                            + " × " + m.remedy() + " × " + m.method() + ")")
                    .orElse("see `atlas catalog matrix`");
            warnings.add(yaml.problem(
                    pointer,
                    "clause " + clause.id() + ": the catalog maps no " + clause.method() + " to " + clause.phase()
                            + " × " + clause.problem() + " × " + clause.remedy(),
                    hint));
        }

        private static int closeness(Mapping mapping, Clause clause) {
            int score = 0;
            score += mapping.method().equals(clause.method()) ? 4 : 0;
            score += mapping.phase().equals(clause.phase()) ? 2 : 0;
            score += mapping.problem().equals(clause.problem()) ? 1 : 0;
            score += mapping.remedy().equals(clause.remedy()) ? 1 : 0;
            return score;
        }

        private void instrument(String pointer, Clause clause, Method method) {
            if (method.instruments().contains(clause.instrument()) || ATTESTATION.equals(clause.instrument())) {
                return;
            }
            warnings.add(yaml.problem(
                    pointer + "/instrument",
                    "clause " + clause.id() + ": method " + method.id() + " lists no instrument '" + clause.instrument()
                            + "'",
                    method.instruments().isEmpty()
                            ? "use `contract` (an attestation) until an instrument implements " + method.id()
                            : DidYouMean.suggest(clause.instrument(), method.instruments())
                                    .map(s -> "did you mean '" + s + "'?")
                                    .orElse("the method lists " + String.join(", ", method.instruments()))));
        }

        private void evidence(Contract contract, String pointer, Clause clause) {
            if (Path.of(clause.evidence().path()).isAbsolute()) {
                warnings.add(yaml.problem(
                        pointer + "/evidence/path",
                        "absolute evidence path " + clause.evidence().path() + " ties the contract to one machine",
                        "write it relative to atlas.yaml, e.g. evidence/screen-xstest.json"));
            }
            List<EvidenceSpec.InputSpec> inputs = clause.evidence().inputs();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                EvidenceSpec.InputSpec input = inputs.get(i);
                String at = pointer + "/evidence/inputs/" + i;
                if (!names.add(input.name())) {
                    errors.add(yaml.problem(
                            at + "/name", "duplicate input name '" + input.name() + "'", "name each input once"));
                }
                if (!Files.isRegularFile(contract.resolve(input.path()))) {
                    warnings.add(yaml.problem(
                            at + "/path",
                            "input file " + input.path() + " does not exist (resolved against " + contract.baseDir()
                                    + ")",
                            "evidence for this clause will count as stale until the file exists"));
                }
            }
        }

        /** Checks that {@code id} names an active entity of the given kind; returns whether it exists at all. */
        private <T extends CatalogEntity> boolean reference(String pointer, String id, Class<T> kind, String what) {
            Optional<T> found = catalog.find(id, kind);
            if (found.isEmpty()) {
                List<String> known = ids(kind);
                String hint = DidYouMean.suggest(id, known)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("known " + what + "s: " + abbreviate(known));
                errors.add(yaml.problem(pointer, "unknown " + what + " '" + id + "'", hint));
                return false;
            }
            if (!found.get().isActive()) {
                String replacement = found.get().replacedBy();
                warnings.add(yaml.problem(
                        pointer,
                        what + " " + id + " is deprecated",
                        replacement == null ? "see `atlas catalog show " + id + "`" : "use " + replacement));
            }
            return true;
        }

        private <T extends CatalogEntity> List<String> ids(Class<T> kind) {
            Function<CatalogEntity, String> id = CatalogEntity::id;
            return catalog.entities().filter(kind::isInstance).map(id).toList();
        }

        private static String abbreviate(List<String> ids) {
            return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + ", ...";
        }
    }
}
