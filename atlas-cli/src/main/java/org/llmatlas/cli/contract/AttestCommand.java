package org.llmatlas.cli.contract;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.llmatlas.cli.AtlasVersion;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.ContractReader;
import org.llmatlas.core.contract.ContractValidator;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.EvidenceInput;
import org.llmatlas.core.validation.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Records a human attestation as evidence for a clause whose instrument is {@code contract}: for methods no
 * instrument measures (data cards, model cards, RLHF), a named person vouches for a document, and the document's
 * SHA-256 goes into the evidence so that a later edit shows.
 *
 * <p>Example: {@code ./atlas contract attest CL-DATA-HC-SIGNALING-DATA-CARDS --document docs/data-card.md --by "Jane Roe"}
 */
@Command(
        name = "attest",
        mixinStandardHelpOptions = true,
        description = "Record an attestation (a document and who vouches for it) as evidence for a clause.",
        footer = {
            "",
            "Example:",
            "  ./atlas contract attest CL-DATA-HC-SIGNALING-DATA-CARDS --document docs/data-card.md --by \"Jane Roe\""
        })
final class AttestCommand implements Callable<Integer> {

    /** The measurement an attestation records; default thresholds ask for it to be at least 1. */
    static final String ATTESTED_METRIC = "attestation.present";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLAUSE", description = "The clause ID.")
    String clauseId;

    @Option(names = "--contract", paramLabel = "FILE", description = "The contract (default: ./atlas.yaml).")
    Path contractFile = Path.of(InitCommand.FILE_NAME);

    @Option(names = "--document", paramLabel = "FILE", required = true, description = "The attested document.")
    Path document;

    @Option(names = "--by", paramLabel = "NAME", required = true, description = "Who vouches for it.")
    String by;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Contract contract;
        try {
            contract = ContractReader.read(contractFile);
        } catch (ValidationException e) {
            Problems.print(err, "error", e.problems());
            return Exit.INVALID;
        }
        Optional<Clause> clause = contract.clause(clauseId);
        if (clause.isEmpty()) {
            err.println("atlas contract attest: no clause " + clauseId + " in " + contractFile);
            err.flush();
            return Exit.INVALID;
        }
        if (!ContractValidator.ATTESTATION.equals(clause.get().instrument())) {
            err.println("atlas contract attest: clause " + clauseId + " is measured by instrument '"
                    + clause.get().instrument() + "', not attested; run that instrument instead");
            err.flush();
            return Exit.INVALID;
        }
        if (!Files.isRegularFile(document)) {
            err.println("atlas contract attest: no document at " + document);
            err.flush();
            return Exit.INVALID;
        }
        Evidence evidence = new Evidence(
                ContractValidator.ATTESTATION,
                AtlasVersion.current(),
                Instant.now(),
                contract.name(),
                List.of(EvidenceInput.of("document", document)),
                Map.of(ATTESTED_METRIC, 1.0),
                Map.of("attested_by", by, "clause", clauseId, "document", document.toString()));
        Path target = contract.resolve(clause.get().evidence().path());
        EvidenceFiles.write(target, evidence);
        out.println("Wrote " + target + " (" + clauseId + " attested by " + by + ")");
        out.flush();
        return Exit.OK;
    }
}
