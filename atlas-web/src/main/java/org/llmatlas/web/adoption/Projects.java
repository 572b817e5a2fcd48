package org.llmatlas.web.adoption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.contract.CellResult;
import org.llmatlas.core.contract.CellState;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.ContractCheck;
import org.llmatlas.core.contract.ContractStatus;
import org.llmatlas.core.contract.ContractValidator;
import org.llmatlas.core.contract.EvidenceSpec;
import org.llmatlas.core.contract.StatusReport;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.VerifiedEvidence;
import org.llmatlas.core.validation.Problem;
import org.llmatlas.web.release.ReleaseStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adoption-project use cases: create a project from a contract, attach evidence, and evaluate the residual
 * information asymmetry with atlas-core's contract code, exactly as {@code atlas contract status} does locally.
 */
@Service
class Projects {

    /** The upload status of an input file (evidence files carry their integrity verdict instead). */
    static final String INPUT = "INPUT";

    private final AdoptionRepository repository;
    private final ReleaseStore releases;

    Projects(AdoptionRepository repository, ReleaseStore releases) {
        this.repository = repository;
        this.releases = releases;
    }

    /** A contract that failed validation, with every problem (file, line, column, message, hint). */
    static final class InvalidContract extends RuntimeException {
        private final transient List<Problem> problems;

        InvalidContract(List<Problem> problems) {
            super(problems.size() + " problem(s) in atlas.yaml");
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }

    /** The residual-asymmetry report of a project, with the catalog release it was evaluated against. */
    record Dashboard(StatusReport report, Catalog catalog) {
        Optional<CellResult> cell(String phase, String problem, String remedy) {
            return report.cells().stream()
                    .filter(c -> c.phase().equals(phase)
                            && c.problem().equals(problem)
                            && c.remedy().equals(remedy))
                    .findFirst();
        }
    }

    @Transactional
    long create(Organisation organisation, String name, String contractYaml, String username) {
        Contract contract = ContractWorkspace.with(contractYaml, List.of(), this::validate);
        String title = name == null || name.isBlank() ? contract.name() : name.strip();
        Instant now = Instant.now();
        long id = repository.createProject(organisation.id(), title, contractYaml, now, username);
        Dashboard dashboard = evaluate(contractYaml, List.of());
        record(
                id,
                now,
                username,
                "Project created from atlas.yaml (" + contract.clauses().size() + " clauses)",
                dashboard);
        return id;
    }

    Dashboard dashboard(Project project) {
        return evaluate(project.contractYaml(), repository.latestEvidenceFiles(project.id()));
    }

    /** The clauses of the project's contract, for the upload form. */
    List<Clause> clauses(Project project) {
        return ContractWorkspace.with(project.contractYaml(), List.of(), this::validate)
                .clauses();
    }

    /**
     * Attaches an evidence file to a clause: stores it under the path the clause names, verifies its integrity, and
     * records in the history which cells changed state.
     */
    @Transactional
    String attach(Project project, String clauseId, String fileName, byte[] content, String username) {
        Clause clause = clause(project, clauseId);
        VerifiedEvidence verified = verify(content);
        return store(
                project,
                clause,
                clause.evidence().path(),
                fileName,
                content,
                verified.status().name(),
                verified.detail(),
                username,
                "Evidence " + fileName + " for " + clause.id() + " ("
                        + verified.status().name().toLowerCase() + ")");
    }

    /**
     * Attaches an input a clause's evidence was measured on (a suite file, a log): stored under the path the clause
     * names for it, so that the evidence is judged fresh while the input is the one measured, and stale once a
     * changed input is uploaded. Without it a clause with inputs can never be covered on the site.
     */
    @Transactional
    String attachInput(
            Project project, String clauseId, String inputName, String fileName, byte[] content, String username) {
        Clause clause = clause(project, clauseId);
        EvidenceSpec.InputSpec input = clause.evidence().inputs().stream()
                .filter(i -> i.name().equals(inputName))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("clause " + clauseId + " names no evidence input " + inputName));
        return store(
                project,
                clause,
                input.path(),
                fileName,
                content,
                INPUT,
                "input " + input.name(),
                username,
                "Input " + input.name() + " (" + fileName + ") for " + clause.id());
    }

    private Clause clause(Project project, String clauseId) {
        return clauses(project).stream()
                .filter(c -> c.id().equals(clauseId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the contract has no clause " + clauseId));
    }

    /** Stores a file of the project at {@code path} and records which cells it changed. */
    private String store(
            Project project,
            Clause clause,
            String path,
            String fileName,
            byte[] content,
            String status,
            String detail,
            String username,
            String what) {
        Dashboard before = dashboard(project);
        Instant now = Instant.now();
        repository.addEvidence(
                project.id(), clause.id(), path, fileName, content, sha256(content), status, detail, now, username);
        Dashboard after = dashboard(project);
        String summary = what + changes(before, after);
        record(project.id(), now, username, summary, after);
        return summary;
    }

    private Contract validate(Path contractFile) {
        Catalog catalog = releases.latest().orElseThrow(() -> new IllegalStateException("no catalog release"));
        ContractCheck check = ContractValidator.check(contractFile, catalog);
        if (!check.isValid() || check.contract().isEmpty()) {
            throw new InvalidContract(check.errors());
        }
        return check.contract().get();
    }

    private Dashboard evaluate(String contractYaml, List<AdoptionRepository.StoredFile> files) {
        return ContractWorkspace.with(contractYaml, files, file -> {
            Contract contract = validate(file);
            Catalog catalog = releases.catalog(contract.catalogVersion())
                    .or(releases::latest)
                    .orElseThrow();
            return new Dashboard(ContractStatus.evaluate(contract, catalog), catalog);
        });
    }

    private static VerifiedEvidence verify(byte[] content) {
        try {
            Path file = Files.createTempFile("atlas-evidence-", ".json");
            try {
                Files.write(file, content);
                return EvidenceFiles.read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the uploaded evidence", e);
        }
    }

    private void record(long projectId, Instant now, String username, String summary, Dashboard dashboard) {
        Map<CellState, Long> counts = dashboard.report().cellCounts();
        repository.addEvent(
                projectId,
                now,
                username,
                summary,
                counts.get(CellState.COVERED).intValue(),
                counts.get(CellState.FAILING).intValue(),
                counts.get(CellState.OPEN).intValue(),
                counts.get(CellState.NOT_APPLICABLE).intValue());
    }

    /** "; PH-SELECTION × AP-… × RM-SCREENING: open → covered" for every cell whose state changed. */
    private static String changes(Dashboard before, Dashboard after) {
        Map<String, CellState> old = new HashMap<>();
        before.report().cells().forEach(c -> old.put(key(c), c.state()));
        List<String> changed = new ArrayList<>();
        for (CellResult cell : after.report().cells()) {
            CellState previous = old.get(key(cell));
            if (previous != null && previous != cell.state()) {
                changed.add(cell.phase() + " × " + cell.problem() + " × " + cell.remedy() + ": " + label(previous)
                        + " → " + label(cell.state()));
            }
        }
        return changed.isEmpty() ? "; no cell changed" : "; " + String.join("; ", changed);
    }

    static String label(CellState state) {
        return state.name().toLowerCase().replace('_', ' ');
    }

    private static String key(CellResult cell) {
        return cell.phase() + "|" + cell.problem() + "|" + cell.remedy();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
