package org.llmatlas.detect.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The toxicity word list, loaded from {@code lexicon.tsv} next to this class. Terms are keyed by their {@link
 * Obfuscation#canonical canonical} form, so "fuuuck", "f*ck" (via wildcard lookup) and "sh1t" find their entry.
 * Kept as data so that a deployment can review and extend it without touching code.
 */
final class Lexicon {

    record Entry(String term, String category, double weight, boolean ambiguous) {}

    private final Map<String, Entry> byCanonical;

    private Lexicon(Map<String, Entry> byCanonical) {
        this.byCanonical = Map.copyOf(byCanonical);
    }

    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.tsv missing from the classpath next to " + Lexicon.class);
            }
            Map<String, Entry> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException("lexicon.tsv line " + number + ": expected term, category, weight");
                }
                Entry e = new Entry(f[0], f[1], Double.parseDouble(f[2]), f.length > 3 && f[3].equals("ambiguous"));
                map.put(Obfuscation.collapseRepeats(e.term()), e);
            }
            return new Lexicon(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry for a canonical token, trying common inflections (idiots, fucking, shitty). */
    Optional<Entry> lookup(String canonical) {
        Entry e = byCanonical.get(canonical);
        if (e != null) {
            return Optional.of(e);
        }
        for (String suffix : new String[] {"s", "es", "ing", "in", "ed", "er", "ers", "y", "ty"}) {
            if (canonical.endsWith(suffix) && canonical.length() > suffix.length() + 2) {
                e = byCanonical.get(
                        Obfuscation.collapseRepeats(canonical.substring(0, canonical.length() - suffix.length())));
                if (e != null) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** An entry whose canonical form fits a masked token such as "f*ck" or "sh!t" (one or more letters hidden). */
    Optional<Entry> lookupMasked(String masked) {
        String regex = masked.replaceAll("[^a-z*]", "").replace("*", "[a-z]+");
        return byCanonical.entrySet().stream()
                .filter(en -> en.getKey().matches(regex))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
