package org.llmatlas.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.ContractReader;
import org.llmatlas.core.contract.ContractTemplate;
import org.llmatlas.core.contract.Intake;
import org.llmatlas.core.contract.RiskTier;
import org.llmatlas.screen.transform.Transforms;

/**
 * The adversarial clauses {@code atlas init} proposes (atlas-core's defaults, which cannot see the transform
 * registry) name transforms as the registry spells them and are judged on the attacked items, so that {@code atlas
 * screen --contract} on a fresh contract sends the attacks its thresholds are about.
 */
class AdversarialDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void proposedAdversarialClausesNameRegisteredTransformsAndTheAttackedRate() throws Exception {
        Path file = dir.resolve("atlas.yaml");
        Files.writeString(
                file,
                ContractTemplate.render(
                        CatalogLoader.loadDefault(),
                        new Intake(
                                "Bot",
                                "Answer questions",
                                "Customers",
                                "Orders",
                                List.of(),
                                RiskTier.LIMITED,
                                List.of(),
                                List.of("PH-BUSINESS", "PH-SELECTION", "PH-DEPLOYMENT"))));

        List<Clause> adversarial = ContractReader.read(file).clauses().stream()
                .filter(c -> c.instrument().equals("screen.adversarial"))
                .toList();

        assertThat(adversarial).isNotEmpty().allSatisfy(c -> {
            assertThat((List<?>) c.parameters().get("transforms"))
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(Transforms.names()).contains(String.valueOf(t)));
            assertThat(c.threshold().metric()).isEqualTo(c.parameters().get("suite") + ".attacked.attack_success_rate");
        });
        assertThat(Contracts.read(file).transforms()).contains("prefix_injection", "roleplay");
    }
}
