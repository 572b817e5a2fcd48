package org.llmatlas.screen.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void redactsTheKnownSecretBearerTokensAndProviderKeys() {
        String text = "bad key abcd1234efgh; header Authorization: Bearer eyJhbGciOi.xyz; other sk-proj-AAAAAAAAAAAA";

        assertThat(Secrets.redact(text, "abcd1234efgh"))
                .isEqualTo("bad key ***; header Authorization: Bearer ***; other sk-***");
    }
}
