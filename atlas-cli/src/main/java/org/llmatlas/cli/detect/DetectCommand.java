package org.llmatlas.cli.detect;

import picocli.CommandLine.Command;

/** Run a detector (refusal, PII, toxicity, injection, ...) over JSONL records. */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        description = "Run a detector (refusal, PII, toxicity, injection, ...) over JSONL records.")
public final class DetectCommand {}
