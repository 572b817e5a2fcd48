package org.llmatlas.core.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;

/**
 * Proposes an alignment contract from the catalog: for every applicable cell (a phase the organisation goes through
 * × an agency problem arising there × a remedy for it), one clause per catalog method of the cell that serves the
 * chosen objectives (all of the cell's methods when none does, so that no applicable cell is left without a clause).
 * The result is {@code atlas.yaml} text with comments that explain each section to the person who edits it next.
 *
 * <p>Example: {@code String yaml = ContractTemplate.render(catalog, intake);}
 */
public final class ContractTemplate {

    private ContractTemplate() {}

    /** The proposed clauses, in matrix order (phase, problem, remedy, method). */
    public static List<Clause> propose(Catalog catalog, Intake intake) {
        ClauseDefaults defaults = ClauseDefaults.load();
        List<Clause> clauses = new ArrayList<>();
        for (Phase phase : catalog.phases()) {
            if (!phase.isActive() || !intake.phases().contains(phase.id())) {
                continue;
            }
            for (String problemId : phase.problems()) {
                Optional<AgencyProblem> problem = catalog.find(problemId, AgencyProblem.class);
                if (problem.isEmpty() || !problem.get().isActive()) {
                    continue;
                }
                for (Remedy remedy : ContractStatus.remediesInOrder(catalog)) {
                    if (problem.get().remedies().contains(remedy.id())) {
                        List<Mapping> cell = catalog.cell(phase.id(), problemId, remedy.id());
                        for (Mapping mapping : chosen(catalog, cell, intake.objectives())) {
                            catalog.find(mapping.method(), Method.class)
                                    .ifPresent(method -> clauses.add(
                                            clause(mapping, method, defaults.forMethod(method), intake.objectives())));
                        }
                    }
                }
            }
        }
        return clauses;
    }

    /** {@code atlas.yaml} text for the intake, with the proposed clauses. */
    public static String render(Catalog catalog, Intake intake) {
        return new TemplateWriter(catalog).write(intake, propose(catalog, intake));
    }

    private static List<Mapping> chosen(Catalog catalog, List<Mapping> cell, List<String> objectives) {
        if (objectives.isEmpty()) {
            return cell;
        }
        List<Mapping> serving = cell.stream()
                .filter(m -> catalog.find(m.method(), Method.class)
                        .map(method -> method.objectives().stream().anyMatch(objectives::contains))
                        .orElse(false))
                .toList();
        return serving.isEmpty() ? cell : serving;
    }

    private static Clause clause(
            Mapping mapping, Method method, ClauseDefaults.Default proposal, List<String> chosenObjectives) {
        Set<String> objectives = new LinkedHashSet<>(method.objectives());
        if (!chosenObjectives.isEmpty() && objectives.stream().anyMatch(chosenObjectives::contains)) {
            objectives.retainAll(chosenObjectives);
        }
        String id = mapping.id().startsWith("MAP-") ? "CL-" + mapping.id().substring(4) : "CL-" + mapping.id();
        String phaseSlug = ClauseDefaults.slug(mapping.phase());
        String evidence = "evidence/" + phaseSlug + "-" + ClauseDefaults.slug(mapping.remedy()) + "-"
                + ClauseDefaults.slug(method.id()) + ".json";
        return new Clause(
                id,
                method.name(),
                mapping.phase(),
                mapping.problem(),
                mapping.remedy(),
                method.id(),
                List.copyOf(objectives),
                proposal.instrument(),
                proposal.parameters(),
                proposal.threshold(),
                new EvidenceSpec(
                        evidence,
                        proposal.maxAge() == null
                                ? null
                                : ContractReader.duration(proposal.maxAge()).orElseThrow(),
                        List.of()),
                "");
    }
}
