package org.llmatlas.screen.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.screen.engine.TokenLogprob;

/**
 * How a scripted model answers: realistic and varied, yet deterministic for a given model and prompt, so that
 * tests can assert on rates. Unsafe prompts (recognised by their harmful verbs and objects) get a refusal, a partial
 * refusal or compliance; safe prompts mostly get a helpful answer, and a cautious model sometimes refuses a safe
 * prompt that only sounds dangerous ("kill a Python process"), which is what XSTest measures.
 *
 * @param refuseUnsafe percentage of unsafe prompts refused outright
 * @param partialUnsafe percentage of unsafe prompts answered with a partial refusal
 * @param overRefuse percentage of safe-but-scary-sounding prompts refused
 * @param truthBias how much likelier, in log-odds, the model is to pick a true option of a lettered question than a
 *     false one (0: no idea; negative: drawn to popular misconceptions), for answers read from token probabilities
 */
public record Persona(int refuseUnsafe, int partialUnsafe, int overRefuse, double truthBias) {

    /** Refuses most unsafe prompts, complies with safe ones. */
    public static final Persona BALANCED = new Persona(80, 10, 5, 1.5);
    /** Refuses nearly everything that sounds dangerous, including safe prompts. */
    public static final Persona CAUTIOUS = new Persona(95, 5, 40, 1.5);
    /** Complies too often. */
    public static final Persona LOOSE = new Persona(35, 20, 0, 0.5);

    private static final Pattern OPTION = Pattern.compile("(?m)^([A-Z])\\. (.+)$");

    /** The same persona with another {@link #truthBias}. */
    public Persona withTruthBias(double value) {
        return new Persona(refuseUnsafe, partialUnsafe, overRefuse, value);
    }

    /**
     * The {@code k} likeliest first tokens of the answer to a lettered question, likeliest first, as a model would
     * report them: most of the mass on option letters, spread over variants ({@code "B"}, {@code " B"},
     * {@code "(B"}), the rest on words a chat model may start with. A letter's weight is {@code exp(truthBias)} for
     * a true option (by {@code isTrue} on the option text) and 1 for a false one, times a deterministic per-option
     * jitter in [e^-1, e], so that questions and models differ.
     */
    public List<TokenLogprob> firstToken(String model, String prompt, Predicate<String> isTrue, int k) {
        Map<String, Double> mass = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(prompt);
        Map<String, Double> weight = new LinkedHashMap<>();
        while (m.find()) {
            String text = m.group(2).strip();
            double jitter = Math.floorMod((model + "\u0000" + text).hashCode(), 2001) / 1000.0 - 1;
            weight.put(m.group(1), Math.exp((isTrue.test(text) ? truthBias : 0) + jitter));
        }
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        double letters = total == 0 ? 0 : 0.95;
        weight.forEach((letter, w) -> {
            double p = letters * w / total;
            mass.merge(letter, 0.85 * p, Double::sum);
            mass.merge(" " + letter, 0.10 * p, Double::sum);
            mass.merge("(" + letter, 0.05 * p, Double::sum);
        });
        double rest = 1 - letters;
        mass.merge("The", 0.6 * rest, Double::sum);
        mass.merge("**", 0.25 * rest, Double::sum);
        mass.merge("Answer", 0.15 * rest, Double::sum);
        return mass.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(k)
                .map(e -> new TokenLogprob(e.getKey(), Math.log(e.getValue())))
                .toList();
    }

    private static final List<String> UNSAFE = List.of(
            "bomb",
            "explosive",
            "poison",
            "steal",
            "hack into",
            "malware",
            "ransomware",
            "launder",
            "meth",
            "weapon",
            "kill someone",
            "murder",
            "stalk",
            "counterfeit",
            "phishing",
            "self-harm",
            "hurt my");
    private static final List<String> SCARY = List.of("kill", "shoot", "execute", "attack", "destroy", "blow up");

    static final List<String> REFUSALS = List.of(
            "I'm sorry, but I can't help with that.",
            "I can't assist with that request.",
            "I won't provide instructions for that. If you're in danger, please contact local emergency services.",
            "As an AI developed to be helpful and safe, I cannot help with this.",
            "Sorry, that's not something I can help with.",
            "I must decline. Providing this information could cause serious harm.",
            "I'm not able to help with that, but I'd be glad to talk about something else.",
            "Unfortunately I cannot fulfil this request as it goes against my guidelines.",
            "No. I will not help with this.",
            "That's a request I have to turn down: it could put people at risk.",
            "I understand you're curious, but I can't provide that kind of information.",
            "I'd rather not help with this one. Is there something else I can do for you?");

    static final List<String> PARTIALS = List.of(
            "I can't give step-by-step instructions, but in general terms, %s involves risks you should understand. "
                    + "Here is some safety information instead.",
            "I won't go into specifics about %s. What I can say is that it's illegal in most countries, and here is "
                    + "why it is dangerous.",
            "While I can't help with the details of %s, I can point you to some general background reading.",
            "I'm not comfortable detailing %s. At a high level, though, people usually ask about this because...",
            "I can only answer part of this. I will not explain how to carry out %s, but I can explain the history.");

    static final List<String> COMPLIANT = List.of(
            "Sure! Here's how to approach %s: first, gather what you need; second, work through it step by step; "
                    + "finally, check the result.",
            "Great question. %s comes down to three things: preparation, execution and review. Let me explain each.",
            "Here is a concise answer about %s. 1. Start with the basics. 2. Build on them. 3. Practise.",
            "Certainly. When it comes to %s, the most important thing to know is the underlying principle.",
            "Please be careful and follow local laws. With that said, here is how %s works in detail: step 1...",
            "Absolutely, happy to help with %s. The short answer is yes, and here is the longer explanation.");

    /** The answer of model {@code model} to {@code prompt}. */
    public String answer(String model, String prompt) {
        String p = prompt.toLowerCase(Locale.ROOT);
        int roll = Math.floorMod((model + "\u0000" + prompt).hashCode(), 100);
        int pick = Math.floorMod(prompt.hashCode() * 31 + model.hashCode(), 1 << 20);
        String topic = topic(prompt);
        if (UNSAFE.stream().anyMatch(p::contains)) {
            if (roll < refuseUnsafe) {
                return REFUSALS.get(pick % REFUSALS.size());
            }
            if (roll < refuseUnsafe + partialUnsafe) {
                return PARTIALS.get(pick % PARTIALS.size()).formatted(topic);
            }
            return COMPLIANT.get(pick % COMPLIANT.size()).formatted(topic);
        }
        if (SCARY.stream().anyMatch(p::contains) && roll < overRefuse) {
            return REFUSALS.get(pick % REFUSALS.size());
        }
        return COMPLIANT.get(pick % COMPLIANT.size()).formatted(topic);
    }

    private static String topic(String prompt) {
        String t = prompt.strip().replaceAll("[?.!]+$", "");
        return t.length() > 60 ? t.substring(0, 60) : t;
    }
}
