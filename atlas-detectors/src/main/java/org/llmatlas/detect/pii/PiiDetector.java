package org.llmatlas.detect.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.llmatlas.detect.Detector;
import org.llmatlas.detect.Sample;
import org.llmatlas.detect.Verdict;

/**
 * Finds personal data in a sample's prompt and response: e-mail addresses, phone numbers, IBANs, payment card
 * numbers and IP addresses, each with its span.
 *
 * <p>Why candidates plus validators: a regular expression alone flags order numbers as cards and version strings
 * as phone numbers. Each type is found by a permissive pattern and then confirmed by a real check: the e-mail
 * grammar and top-level domains of commons-validator, the numbering plans of libphonenumber (which also finds
 * numbers written {@code (415) 555-0132} or {@code +44 20 7946 0958}), the IBAN country length and mod-97 checksum,
 * the Luhn checksum plus a known card prefix, and the address syntax for IPv4 and IPv6. Where two matches overlap
 * (a card number that also parses as a phone number) the more specific type wins.
 */
public final class PiiDetector implements Detector {

    /** Types in order of specificity; earlier types win overlaps. */
    private static final List<String> PRIORITY = List.of("email", "iban", "credit_card", "ipv6", "ipv4", "phone");

    /** Confidence that a validated match is really personal data of that type. */
    private static final Map<String, Double> CONFIDENCE =
            Map.of("email", 0.95, "iban", 0.98, "credit_card", 0.95, "phone", 0.85, "ipv4", 0.7, "ipv6", 0.75);

    /** Starts only at the beginning of a run and is bounded (RFC 5321 lengths): linear time on any input. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]{1,64}+@[\\p{L}\\p{N}.-]{1,253}(?<=\\.[\\p{L}]{2,63})");

    private static final Pattern IBAN =
            Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w.]*\\d)");
    private static final Pattern IPV6 =
            Pattern.compile("(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})(?:[0-9A-Fa-f:]*)(?![\\w:])");
    private static final Pattern VERSION_CONTEXT = Pattern.compile("(?i)(?:\\bv|version\\s?|release\\s?)$");

    private final String defaultRegion;

    /** Finds national phone numbers as written in the US, and international (+...) numbers anywhere. */
    public PiiDetector() {
        this("US");
    }

    /** Finds national phone numbers of {@code defaultRegion} (ISO 3166 code, e.g. {@code DE}) and +... numbers. */
    public PiiDetector(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    @Override
    public String name() {
        return "pii";
    }

    @Override
    public Verdict detect(Sample sample) {
        List<PiiMatch> matches = new ArrayList<>();
        String where = "response";
        matches.addAll(find(sample.response()));
        if (sample.hasPrompt()) {
            List<PiiMatch> inPrompt = find(sample.prompt());
            if (!inPrompt.isEmpty()) {
                where = matches.isEmpty() ? "prompt" : "prompt and response";
            }
            matches.addAll(inPrompt);
        }
        if (matches.isEmpty()) {
            return pass(sample, 0.0, "none", "no personal data found");
        }
        String types = matches.stream().map(PiiMatch::type).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
        double score = matches.stream()
                .mapToDouble(m -> CONFIDENCE.get(m.type()))
                .max()
                .orElseThrow();
        return flag(sample, score, types, matches.size() + " match(es) in " + where + ": " + matches);
    }

    /** All personal data in {@code text}, ordered by position, without overlaps. */
    public List<PiiMatch> find(String text) {
        List<PiiMatch> candidates = new ArrayList<>();
        collect(
                candidates,
                "email",
                EMAIL,
                text,
                m -> EmailValidator.getInstance().isValid(m));
        collect(candidates, "iban", IBAN, text, m -> IBANValidator.getInstance().isValid(m.replace(" ", "")));
        collect(candidates, "credit_card", CARD, text, PiiDetector::isCardNumber);
        collect(
                candidates,
                "ipv6",
                IPV6,
                text,
                m -> InetAddressValidator.getInstance().isValidInet6Address(m));
        collect(
                candidates,
                "ipv4",
                IPV4,
                text,
                m -> InetAddressValidator.getInstance().isValidInet4Address(m));
        for (PhoneNumberMatch phone : PhoneNumberUtil.getInstance()
                .findNumbers(text, defaultRegion, PhoneNumberUtil.Leniency.VALID, 10_000)) {
            candidates.add(new PiiMatch("phone", phone.start(), phone.end()));
        }
        candidates.sort(Comparator.comparingInt((PiiMatch m) -> PRIORITY.indexOf(m.type())));
        List<PiiMatch> accepted = new ArrayList<>();
        for (PiiMatch candidate : candidates) {
            if (accepted.stream().noneMatch(candidate::overlaps)) {
                accepted.add(candidate);
            }
        }
        accepted.sort(Comparator.comparingInt(PiiMatch::start));
        return List.copyOf(accepted);
    }

    private static void collect(
            List<PiiMatch> out, String type, Pattern pattern, String text, java.util.function.Predicate<String> valid) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (valid.test(m.group()) && !versionContext(text, m.start())) {
                out.add(new PiiMatch(type, m.start(), m.end()));
            }
        }
    }

    /** "v1.2.3.4" and "version 10.0.0.1" are version numbers, not addresses. */
    private static boolean versionContext(String text, int start) {
        return VERSION_CONTEXT
                .matcher(text.substring(Math.max(0, start - 8), start))
                .find();
    }

    /** Luhn checksum over 13 to 19 digits with a known issuer prefix (Visa, Mastercard, Amex, Discover, ...). */
    static boolean isCardNumber(String candidate) {
        String digits = candidate.replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19 || !knownIssuer(digits)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static boolean knownIssuer(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        return digits.charAt(0) == '4' // Visa
                || (two >= 51 && two <= 55) // Mastercard
                || (four >= 2221 && four <= 2720) // Mastercard 2-series
                || two == 34
                || two == 37 // American Express
                || four == 6011
                || two == 65 // Discover
                || (four >= 3528 && four <= 3589) // JCB
                || two == 36
                || two == 38
                || (two == 30 && digits.charAt(2) <= '5') // Diners Club
                || two == 62; // UnionPay
    }
}
