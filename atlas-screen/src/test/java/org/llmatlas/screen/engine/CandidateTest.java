package org.llmatlas.screen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A base URL is an http(s) URL or a provider prefix with an optional one; the prefix picks the client. */
class CandidateTest {

    private static Candidate at(String baseUrl) {
        return new Candidate("c", baseUrl, "m", null, null, null);
    }

    @Test
    void plainUrlHasNoProviderAndLosesItsTrailingSlash() {
        Candidate plain = at("http://localhost:11434/v1/");

        assertThat(plain.provider()).isEmpty();
        assertThat(plain.providerUrl()).isEqualTo("http://localhost:11434/v1");
    }

    @Test
    void prefixNamesTheProviderWithOrWithoutItsOwnUrl() {
        assertThat(at("gemini:").provider()).isEqualTo("gemini");
        assertThat(at("gemini:").providerUrl()).isEmpty();
        assertThat(at("ollama:http://gpu-box:11434/").provider()).isEqualTo("ollama");
        assertThat(at("ollama:http://gpu-box:11434/").providerUrl()).isEqualTo("http://gpu-box:11434");
    }

    @Test
    void hostWithoutSchemeAndPrefixWithANonHttpUrlAreRefused() {
        assertThatThrownBy(() -> at("localhost:11434/v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with http:// or https://, or with a provider prefix");
        assertThatThrownBy(() -> at("gemini:ftp://example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
