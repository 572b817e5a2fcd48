package org.llmatlas.cli.contract;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.EvidenceInput;
import org.llmatlas.core.evidence.VerifiedEvidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shows one evidence file and whether it verifies (digest, and signature when {@code ATLAS_EVIDENCE_KEY} is set).
 * Exit 0 when valid, 1 when tampered or malformed.
 *
 * <p>Example: {@code ./atlas contract evidence evidence/selection-screening-adversarial-attacks.json}
 */
@Command(
        name = "evidence",
        mixinStandardHelpOptions = true,
        description = "Show and verify one evidence file (exit 0 valid, 1 tampered or malformed).",
        footer = {
            "",
            "Example:",
            "  ./atlas contract evidence examples/customer-support-bot/evidence/selection-screening-adversarial-attacks.json"
        })
final class EvidenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "An evidence file (atlas-evidence/1).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        VerifiedEvidence verified = EvidenceFiles.read(file);
        out.println(file + ": " + verified.status() + " (" + verified.detail() + ")");
        if (verified.content().isPresent()) {
            Evidence evidence = verified.evidence();
            out.println("  instrument    " + evidence.instrument() + " " + evidence.instrumentVersion());
            out.println("  created       " + evidence.createdAt());
            out.println("  subject       " + evidence.subject());
            for (EvidenceInput input : evidence.inputs()) {
                out.println("  input         " + input.name() + "  sha256:" + input.sha256());
            }
            evidence.measurements().forEach((key, value) -> out.println("  measurement   " + key + " = " + value));
            evidence.attributes().forEach((key, value) -> out.println("  attribute     " + key + " = " + value));
        }
        out.flush();
        return verified.isValid() ? Exit.OK : Exit.OPEN;
    }
}
