package org.llmatlas.cli.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Objective;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.contract.ContractTemplate;
import org.llmatlas.core.contract.Intake;
import org.llmatlas.core.contract.RiskTier;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Proposes an alignment contract ({@code atlas.yaml}) from the catalog: asks about the business problem and the
 * adoption phases, then writes one clause per catalog method in every applicable cell, with default instruments,
 * thresholds and evidence paths to edit.
 *
 * <p>Example: {@code ./atlas init --non-interactive --name support-bot --risk-tier limited}
 */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Propose an alignment contract (atlas.yaml) from the catalog.",
            "Asks about the business problem and the adoption phases, then writes one clause per catalog method in"
                    + " every applicable phase × agency problem × remedy cell."
        },
        footer = {
            "",
            "Examples:",
            "  ./atlas init",
            "  ./atlas init --non-interactive --name support-bot --risk-tier limited \\",
            "      --phases PH-BUSINESS,PH-SELECTION,PH-DEPLOYMENT --objectives OBJ-HHH-HARMLESS,OBJ-HHH-HONEST"
        })
public final class InitCommand implements Callable<Integer> {

    static final String FILE_NAME = "atlas.yaml";
    /** An organisation that adopts a model without fine-tuning it goes through every phase but development. */
    static final List<String> DEFAULT_PHASES = List.of("PH-BUSINESS", "PH-DATA", "PH-SELECTION", "PH-DEPLOYMENT");

    /** The order in which the paper introduces the objective frameworks. */
    private static final List<String> FRAMEWORK_ORDER = List.of("HHH", "RICE", "FATE");

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--non-interactive", description = "Do not ask; take everything from the options.")
    boolean nonInteractive;

    @Option(names = "--name", paramLabel = "NAME", description = "Project name (default: the directory's name).")
    String name;

    @Option(names = "--use-case", paramLabel = "TEXT", description = "What the LLM is used for.")
    String useCase;

    @Option(names = "--users", paramLabel = "TEXT", description = "Who uses it.")
    String users;

    @Option(names = "--scope", paramLabel = "TEXT", description = "What it must do.")
    String scope;

    @Option(
            names = "--out-of-scope",
            paramLabel = "TEXT",
            split = ",",
            description = "What it must not do (comma-separated).")
    List<String> outOfScope;

    @Option(
            names = "--risk-tier",
            paramLabel = "TIER",
            description = "EU AI Act risk tier: minimal, limited, high, unacceptable (default: limited).")
    String riskTier;

    @Option(
            names = "--phases",
            paramLabel = "ID",
            split = ",",
            description = "Adoption phases you go through (default: all but PH-DEVELOPMENT, i.e. no fine-tuning).")
    List<String> phases;

    @Option(
            names = "--objectives",
            paramLabel = "ID",
            split = ",",
            description = "Alignment objectives: IDs, or the frameworks HHH, RICE, FATE, or all (default: HHH).")
    List<String> objectives;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "Where to write atlas.yaml (default: current directory).")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Overwrite an existing atlas.yaml.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = dir.resolve(FILE_NAME);
        if (Files.exists(target) && !force) {
            err.println("atlas init: " + target + " already exists; use --force to overwrite it, or --dir for another"
                    + " directory");
            return Exit.INVALID;
        }
        Catalog catalog;
        try {
            catalog = catalogOption.load();
        } catch (ValidationException e) {
            Problems.print(err, "error", e.problems());
            return Exit.INVALID;
        }
        Intake intake;
        try {
            intake = nonInteractive ? fromOptions(catalog) : new Interview(catalog, out).run();
        } catch (IllegalArgumentException e) {
            err.println("atlas init: " + e.getMessage());
            return Exit.INVALID;
        }
        String yaml = ContractTemplate.render(catalog, intake);
        int clauses = ContractTemplate.propose(catalog, intake).size();
        try {
            Files.createDirectories(dir);
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("atlas init: cannot write " + target + ": " + e.getMessage());
            return Exit.INVALID;
        }
        out.println("Wrote " + target + " with " + clauses + " clauses for phases " + intake.phases() + ".");
        out.println("Next: edit the thresholds, then run `atlas contract check " + target + "` and `atlas contract"
                + " status " + target + "`.");
        out.flush();
        return Exit.OK;
    }

    private Intake fromOptions(Catalog catalog) {
        return new Intake(
                name != null ? name : defaultName(),
                useCase,
                users,
                scope,
                outOfScope,
                tier(riskTier == null ? "limited" : riskTier),
                objectiveIds(catalog, objectives == null ? List.of("HHH") : objectives),
                phaseIds(catalog, phases == null ? DEFAULT_PHASES : phases));
    }

    private String defaultName() {
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        return fileName == null ? "llm-adoption" : fileName.toString();
    }

    static RiskTier tier(String text) {
        try {
            return RiskTier.fromYaml(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown risk tier '" + text + "'; use minimal, limited, high or unacceptable");
        }
    }

    static List<String> phaseIds(Catalog catalog, List<String> given) {
        List<String> known =
                catalog.phases().stream().filter(Phase::isActive).map(Phase::id).toList();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : given) {
            ids.add(known(id.strip(), known, "phase"));
        }
        return known.stream().filter(ids::contains).toList();
    }

    /** IDs, framework names (HHH, RICE, FATE) or {@code all}, resolved to objective IDs. */
    static List<String> objectiveIds(Catalog catalog, List<String> given) {
        List<Objective> all =
                catalog.objectives().stream().filter(Objective::isActive).toList();
        Set<String> ids = new LinkedHashSet<>();
        for (String token : given) {
            String item = token.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (item.equalsIgnoreCase("all")) {
                all.forEach(o -> ids.add(o.id()));
                continue;
            }
            List<String> framework = all.stream()
                    .filter(o -> o.framework() != null && o.framework().equalsIgnoreCase(item))
                    .map(Objective::id)
                    .toList();
            if (!framework.isEmpty()) {
                ids.addAll(framework);
            } else {
                ids.add(known(item, all.stream().map(CatalogEntity::id).toList(), "objective"));
            }
        }
        return List.copyOf(ids);
    }

    private static String known(String id, List<String> known, String what) {
        if (known.contains(id)) {
            return id;
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "'; "
                + DidYouMean.suggest(id, known)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("known: " + known));
    }

    /** The interactive questionnaire; reads answers line by line, so it also works with piped input. */
    private final class Interview {
        private final Catalog catalog;
        private final PrintWriter out;
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

        Interview(Catalog catalog, PrintWriter out) {
            this.catalog = catalog;
            this.out = out;
        }

        Intake run() {
            out.println("LLM ATLAS: let's describe your LLM adoption (press Enter to take the [default]).");
            out.println();
            String projectName = ask("Project name", name != null ? name : defaultName());
            String theUseCase = ask("Use case: what is the LLM for?", useCase != null ? useCase : "");
            String theUsers = ask("Users: who works with it?", users != null ? users : "");
            String theScope = ask("Scope: what must it do?", scope != null ? scope : "");
            String outScope = ask(
                    "Out of scope: what must it never do? (comma-separated)",
                    outOfScope != null ? String.join(", ", outOfScope) : "");
            RiskTier tier = askUntilValid(
                    "EU AI Act risk tier (minimal, limited, high, unacceptable)",
                    riskTier != null ? riskTier : "limited",
                    InitCommand::tier);
            out.println("Alignment objectives in the catalog:");
            catalog.objectives().stream()
                    .filter(Objective::isActive)
                    .sorted(java.util.Comparator.comparing((Objective o) -> FRAMEWORK_ORDER.indexOf(o.framework()))
                            .thenComparing(Objective::id))
                    .forEach(o -> out.println("  " + o.framework() + "  " + o.id() + "  " + o.name()));
            List<String> chosen = askUntilValid(
                    "Objectives (IDs, or HHH / RICE / FATE / all; comma-separated)",
                    objectives != null ? String.join(",", objectives) : "HHH",
                    answer -> objectiveIds(catalog, Arrays.asList(answer.split(","))));
            List<String> chosenPhases = new ArrayList<>(List.of("PH-BUSINESS"));
            if (yes("Do you collect or prepare data yourselves (RAG documents, evaluation or training data)?", true)) {
                chosenPhases.add("PH-DATA");
            }
            if (yes("Do you choose between candidate models or providers?", true)) {
                chosenPhases.add("PH-SELECTION");
            }
            if (yes("Do you fine-tune or otherwise train the model (SFT, RLHF, DPO)?", false)) {
                chosenPhases.add("PH-DEVELOPMENT");
            }
            if (yes("Do you deploy and operate it (host it or serve users through it)?", true)) {
                chosenPhases.add("PH-DEPLOYMENT");
            }
            out.println();
            return new Intake(
                    projectName,
                    theUseCase,
                    theUsers,
                    theScope,
                    Arrays.stream(outScope.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList(),
                    tier,
                    chosen,
                    phaseIds(catalog, chosenPhases));
        }

        private boolean yes(String question, boolean fallback) {
            return askUntilValid(question + (fallback ? " [Y/n]" : " [y/N]"), "", answer -> {
                String a = answer.strip().toLowerCase(Locale.ROOT);
                if (a.isEmpty()) {
                    return fallback;
                }
                if (a.startsWith("y")) {
                    return true;
                }
                if (a.startsWith("n")) {
                    return false;
                }
                throw new IllegalArgumentException("answer y or n");
            });
        }

        private <T> T askUntilValid(String question, String fallback, java.util.function.Function<String, T> parse) {
            while (true) {
                Optional<String> answer = read(question, fallback);
                try {
                    return parse.apply(answer.orElse(fallback));
                } catch (IllegalArgumentException e) {
                    if (answer.isEmpty()) {
                        throw e;
                    }
                    out.println("  " + e.getMessage());
                }
            }
        }

        private String ask(String question, String fallback) {
            return read(question, fallback).orElse(fallback);
        }

        /** The answer, the default for an empty line, or empty at end of input. */
        private Optional<String> read(String question, String fallback) {
            out.print(question + (fallback.isEmpty() ? "" : " [" + fallback + "]") + ": ");
            out.flush();
            try {
                String line = in.readLine();
                if (line == null) {
                    out.println();
                    return Optional.empty();
                }
                return Optional.of(line.isBlank() ? fallback : line.strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
