package org.llmatlas.cli.screen;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.EngineSettings;

/**
 * Everything a screening run needs, whichever way it was given (options, run file, contract).
 *
 * @param candidates who is screened
 * @param suites built-in suite ids or suite file paths
 * @param suiteFiles local copies of built-in suites, by suite id
 * @param transforms adversarial transforms to apply (besides the plain items)
 * @param settings engine settings (out dir and cache included)
 * @param seed seed for transforms, bootstrap and sampling
 * @param bbqSample items of a stratified BBQ sample, or {@code null} for the whole benchmark
 * @param copyrightRefs directory of {@code <BehaviorID>.txt} reference texts for copyright behaviours, or {@code null}
 * @param contract the contract's screen clauses, {@link Contracts.Screening#NONE} without a contract
 * @param clauseEvidence the contract's evidence files to write, empty without a contract
 */
record RunConfig(
        List<Candidate> candidates,
        List<String> suites,
        Map<String, Path> suiteFiles,
        List<String> transforms,
        EngineSettings settings,
        long seed,
        Integer bbqSample,
        Path copyrightRefs,
        Contracts.Screening contract,
        List<Contracts.EvidenceTarget> clauseEvidence) {}
