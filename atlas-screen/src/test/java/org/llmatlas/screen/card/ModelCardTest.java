package org.llmatlas.screen.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.llmatlas.screen.SharedData;

class ModelCardTest {

    @Test
    void readsModelIndexResultsAndMarkdownTablesFromAFixture() {
        ModelCard card = ModelCard.parse(Path.of("src/test/resources/cards/model-index-example.md"));
        assertThat(card.name()).isEqualTo("acme-chat-7b");
        assertThat(card.claimsFor("acme-chat-7b"))
                .extracting(Claim::dataset, Claim::metric, Claim::value, Claim::source)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "TruthfulQA (multiple_choice)", "MC1 accuracy", 41.3, "model-index"),
                        org.assertj.core.groups.Tuple.tuple("BBQ", "disambiguated accuracy", 88.5, "model-index"),
                        org.assertj.core.groups.Tuple.tuple("AdvBench ASR", "", 3.1, "table at line 51"));
        Claim bbq = card.claimsFor("acme-chat-7b").stream()
                .filter(c -> c.dataset().equals("BBQ"))
                .findFirst()
                .orElseThrow();
        assertThat(bbq.percent()).isTrue();
        assertThat(bbq.asShare()).isCloseTo(0.885, within(1e-12));
        assertThat(card.claimsFor("baseline-7b")).hasSize(2);
        assertThat(card.mitchellSections())
                .containsEntry("Model Details", true)
                .containsEntry("Intended Use", true)
                .containsEntry("Ethical Considerations", true)
                .containsEntry("Factors", false);
    }

    @Test
    void rejectsUnterminatedFrontMatterWithAFix() {
        assertThatThrownBy(() -> ModelCard.parse("---\nlicense: mit\n# Title\n", "card.md"))
                .hasMessageStartingWith("card.md:1: front matter starts with '---' but never ends");
    }

    @Test
    void readsTheHtmlBenchmarkTableOfTheLlama3Card() {
        ModelCard card = ModelCard.parse(SharedData.require("cards/models/meta-llama_llama3_MODEL_CARD.md"));
        assertThat(card.claimsFor("Llama 3 8B"))
                .anySatisfy(c -> {
                    assertThat(c.dataset()).isEqualTo("MMLU (5-shot)");
                    assertThat(c.value()).isEqualTo(66.6);
                })
                .anySatisfy(c -> assertThat(c.dataset()).isEqualTo("AGIEval English (3-5 shot)"));
        assertThat(card.claimsFor("Llama 3 70B")).anySatisfy(c -> {
            assertThat(c.dataset()).isEqualTo("MMLU (5-shot)");
            assertThat(c.value()).isEqualTo(79.5);
        });
    }

    @Test
    void readsThePipeTableOfTheGptNeoCardWithItsFrontMatter() {
        ModelCard card = ModelCard.parse(SharedData.require("cards/models/hf_EleutherAI_gpt-neo-2.7B_README.md"));
        assertThat(card.metadata().path("license").asString()).isEqualTo("apache-2.0");
        assertThat(card.claimsFor("GPT-Neo 2.7B")).anySatisfy(c -> {
            assertThat(c.dataset()).isEqualTo("Lambada Acc");
            assertThat(c.value()).isEqualTo(62.22);
            assertThat(c.percent()).isTrue();
        });
    }

    @Test
    void parsesHardFrontMatterAndMitchellSectionsOfRealCards() {
        ModelCard t0 = ModelCard.parse(SharedData.require("cards/models/hf_bigscience_T0pp_README.md"));
        assertThat(t0.metadata().path("widget").size()).isGreaterThan(3);
        ModelCard perceiver =
                ModelCard.parse(SharedData.require("cards/models/hf_deepmind_language-perceiver_README.md"));
        assertThat(perceiver.metadata().path("inference").asBoolean(true)).isFalse();
        ModelCard gpt2 = ModelCard.parse(SharedData.require("cards/models/openai_gpt-2_model_card.md"));
        assertThat(gpt2.name()).isEqualTo("GPT-2");
        assertThat(gpt2.mitchellSections())
                .containsEntry("Model Details", true)
                .containsEntry("Intended Use", true)
                .containsEntry("Evaluation Data", true)
                .containsEntry("Caveats and Recommendations", true);
    }
}
