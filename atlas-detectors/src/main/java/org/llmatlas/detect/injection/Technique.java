package org.llmatlas.detect.injection;

import java.util.regex.Pattern;

/**
 * Prompt-injection techniques the detector recognises, each with a pattern over normalised text (lower case,
 * whitespace collapsed) and a weight: the probability, judged by hand, that a text containing it is an attack.
 * The weights are combined as independent evidence, so two medium signals outweigh one.
 */
enum Technique {
    INSTRUCTION_OVERRIDE(
            0.9,
            "\\b(?:ignore|disregard|forget|override|bypass|skip)\\b(?: \\w+){0,3}? (?:previous|prior|above|earlier"
                    + "|preceding|initial|original|all|any|your|system|developer)\\b(?: \\w+){0,2}?"
                    + " (?:instructions?|prompts?|rules|directions|guidelines|directives|context|messages|constraints)\\b"),
    NEW_INSTRUCTIONS(
            0.6,
            "\\b(?:new|updated|real|actual|revised) (?:system )?instructions?\\s*:|\\bfrom now on,? you (?:will|must|are"
                    + " to|shall)\\b|\\byour new (?:task|role|instructions?|goal) (?:is|are)\\b"),
    ROLE_PLAY_OVERRIDE(
            0.85,
            "\\b(?:you are now|act as|pretend (?:to be|you are|you're)|roleplay as|role-play as|you will be)\\b[^.]{0,80}"
                    + "\\b(?:dan|jailbr(?:oken|eak)|developer mode|unrestricted|unfiltered|uncensored|no (?:restrictions"
                    + "|rules|limits|filters|guidelines|ethics)|without (?:any )?(?:restrictions|rules|limits|filters"
                    + "|guidelines|ethics)|evil|amoral)\\b|\\bdo anything now\\b|\\bdeveloper mode (?:enabled|on)\\b"
                    + "|\\bjailbreak(?:ed)? mode\\b"),
    SAFETY_OFF(
            0.6,
            "\\b(?:disable|turn off|deactivate|remove|ignore) (?:your |all |the )?(?:safety|content|ethical) ?(?:filters?"
                    + "|guidelines|restrictions|protocols|policies|checks)\\b|\\bwithout (?:any )?(?:moral|ethical)"
                    + " (?:constraints|restrictions)\\b"),
    PROMPT_EXFILTRATION(
            0.85,
            "(?:\\b(?:reveal|show|print|repeat|output|display|leak|tell me|give me|write out|copy)\\b(?: \\w+){0,3}?"
                    + " (?:your|the)|\\bwhat (?:is|are|was|were) your)"
                    + " (?:full |exact |complete |entire |original |hidden |secret )?"
                    + "(?:system prompt|system message|initial (?:prompt|instructions)|hidden (?:prompt|instructions)"
                    + "|instructions (?:above|you were given)|prompt above|pre-?prompt|developer (?:message|prompt))\\b"
                    + "|\\brepeat (?:everything|all|the text|the words) above\\b|\\bbegin(?:ning)? with \"?you are\\b"),
    DELIMITER_INJECTION(
            0.7,
            "<\\|im_(?:start|end)\\|>|<\\|(?:system|assistant|user)\\|>|\\[/?(?:system|inst)\\]|<</?sys>>"
                    + "|^#{2,} ?(?:system|instruction)s?\\b|\\bend of (?:user )?(?:input|prompt)\\b.{0,40}\\b(?:system|"
                    + "instructions?)\\b|</?(?:system|instructions?)>"),
    ENCODED_INSTRUCTION(
            0.5,
            "\\b(?:decode|decipher|translate) (?:this|the following)(?: \\w+){0,3}? (?:and (?:follow|execute|do|obey|run)"
                    + "|then (?:follow|execute|do|obey|run))\\b|\\b(?:base64|rot13|rot-13|hex)(?: \\w+){0,4}? (?:and"
                    + " |then )?(?:follow|execute|obey)\\b");

    private final double weight;
    private final Pattern pattern;

    Technique(double weight, String regex) {
        this.weight = weight;
        this.pattern = Pattern.compile(regex, Pattern.MULTILINE);
    }

    double weight() {
        return weight;
    }

    boolean foundIn(String normalized) {
        return pattern.matcher(normalized).find();
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
