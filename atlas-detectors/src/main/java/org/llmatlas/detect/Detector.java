package org.llmatlas.detect;

/**
 * Judges one {@link Sample} and returns a {@link Verdict}. One implementation per concern (refusal, PII, prompt
 * injection, toxicity) serves model screening, data scanning and the monitoring gateway alike, so a number measured
 * in screening means the same thing in production.
 *
 * <p>Implementations are stateless and thread-safe: one instance is shared by all threads. The default methods
 * {@link #flag} and {@link #pass} (in the style of LangChain4j guardrails' {@code success()}/{@code failure()}) fill
 * in the sample id and detector name.
 */
public interface Detector {

    /** Stable name used on the command line and in outputs, e.g. {@code refusal}. */
    String name();

    /** Judges one sample; never throws for any text (empty, huge, binary-looking). */
    Verdict detect(Sample sample);

    /** A flagged verdict for {@code sample} from this detector. */
    default Verdict flag(Sample sample, double score, String label, String reason) {
        return Verdict.flagged(sample.id(), name(), score, label, reason);
    }

    /** A clear (not flagged) verdict for {@code sample} from this detector. */
    default Verdict pass(Sample sample, double score, String label, String reason) {
        return Verdict.clear(sample.id(), name(), score, label, reason);
    }
}
