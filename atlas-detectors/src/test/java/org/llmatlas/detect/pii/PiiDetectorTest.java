package org.llmatlas.detect.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.detect.Sample;
import org.llmatlas.detect.Verdict;

/** Table-driven specification of the PII detector: each row is a text and the types (in order) it contains. */
class PiiDetectorTest {

    private final PiiDetector detector = new PiiDetector();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain email", "Write to jane.doe+news@example.co.uk today.", List.of("email")),
                Arguments.of("international phone", "Call +44 20 7946 0958 after nine.", List.of("phone")),
                Arguments.of("US national phone", "My number is (650) 253-0000.", List.of("phone")),
                Arguments.of("German IBAN with spaces", "IBAN: DE89 3704 0044 0532 0130 00", List.of("iban")),
                Arguments.of("UK IBAN compact", "Pay to GB82WEST12345698765432 please", List.of("iban")),
                Arguments.of("Visa card with spaces", "card 4111 1111 1111 1111 exp 12/29", List.of("credit_card")),
                Arguments.of("Amex card compact", "amex 378282246310005", List.of("credit_card")),
                Arguments.of("IPv4 address", "Server at 192.168.10.42 is down", List.of("ipv4")),
                Arguments.of("IPv6 address", "Reach it on 2001:db8:85a3::8a2e:370:7334 now", List.of("ipv6")),
                Arguments.of(
                        "several types in order",
                        "Mail bob@example.org or call +1 650-253-0000 from 10.0.0.7",
                        List.of("email", "phone", "ipv4")),
                Arguments.of("false positive: IBAN with bad checksum", "DE89 3704 0044 0532 0130 01", List.of()),
                Arguments.of("false positive: card failing Luhn", "card 4111 1111 1111 1112", List.of()),
                Arguments.of("false positive: order number", "Order 9834 5512 8812 3345 shipped", List.of()),
                Arguments.of("false positive: version string", "Upgrade to version 1.2.3.4 or v10.0.0.1", List.of()),
                Arguments.of("false positive: octets out of range", "Value 300.1.2.999 is not an IP", List.of()),
                Arguments.of("false positive: no top-level domain", "ssh admin@localhost", List.of()),
                Arguments.of("false positive: time and date", "Meet at 12:30:45 on 2024-01-15", List.of()),
                Arguments.of("false positive: ISBN", "ISBN 978-3-16-148410-0", List.of()),
                Arguments.of("false positive: short number", "We sold 1234 units", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedTypes(String description, String text, List<String> expectedTypes) {
        assertThat(detector.find(text)).extracting(PiiMatch::type).containsExactlyElementsOf(expectedTypes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flagsExactlyWhenSomethingIsFound(String description, String text, List<String> expectedTypes) {
        Verdict verdict = detector.detect(Sample.of("s1", text));

        assertThat(verdict.flagged()).isEqualTo(!expectedTypes.isEmpty());
        assertThat(verdict.label())
                .isEqualTo(expectedTypes.isEmpty() ? "none" : String.join(",", sortedDistinct(expectedTypes)));
    }

    @Test
    void spanCoversTheValueAndReasonDoesNotRepeatIt() {
        String text = "Contact: jane@example.com.";
        List<PiiMatch> matches = detector.find(text);

        assertThat(matches)
                .singleElement()
                .satisfies(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("jane@example.com"));
        assertThat(detector.detect(Sample.of("s1", text)).reason())
                .contains("email[9,25)")
                .doesNotContain("jane@");
    }

    @Test
    void looksAtThePromptToo() {
        Verdict verdict = detector.detect(new Sample("s1", "my email is a.b@example.com", "Noted."));

        assertThat(verdict.flagged()).isTrue();
        assertThat(verdict.reason()).contains("in prompt");
    }

    private static List<String> sortedDistinct(List<String> types) {
        return types.stream().distinct().sorted().toList();
    }
}
