package org.llmatlas.core.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Objective;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.catalog.Source;

/**
 * Case- and accent-insensitive search, ranked first by how many query words an entity matches, then by BM25
 * (tf-idf with saturation and length normalisation, so long rationales do not drown short names).
 * Names and IDs weigh three times, source titles and authors twice, descriptive text once; a query word also
 * matches as a prefix ({@code adversar} finds "adversarial") at half weight.
 *
 * <p>Example: {@code CatalogSearch.of(catalog).search("data cards")}
 */
public final class CatalogSearch {

    /** One result; {@code score} only orders results of one query. */
    public record Hit(CatalogEntity entity, int matchedTerms, double score) {}

    private static final Set<String> STOP_WORDS =
            Set.of("a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "by", "is", "are", "or");
    private static final int MIN_PREFIX = 3;

    private final List<Document> documents;

    /** BM25 parameters: term-frequency saturation and length normalisation. */
    private static final double K1 = 1.2;

    private static final double B = 0.75;

    private record Document(CatalogEntity entity, Map<String, Double> weights) {
        double length() {
            return weights.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private CatalogSearch(List<Document> documents) {
        this.documents = documents;
    }

    public static CatalogSearch of(Catalog catalog) {
        List<Document> documents = new ArrayList<>();
        catalog.entities().forEach(entity -> documents.add(index(entity)));
        return new CatalogSearch(documents);
    }

    public List<Hit> search(String query) {
        List<String> terms = tokens(query).stream().distinct().toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Double> idf = new HashMap<>();
        for (String term : terms) {
            long df = documents.stream().filter(d -> match(d, term) > 0).count();
            idf.put(term, Math.log(1.0 + (double) documents.size() / Math.max(1, df)));
        }
        double averageLength =
                documents.stream().mapToDouble(Document::length).average().orElse(1);
        List<Hit> hits = new ArrayList<>();
        for (Document document : documents) {
            int matched = 0;
            double score = 0;
            double norm = K1 * (1 - B + B * document.length() / averageLength);
            for (String term : terms) {
                double tf = match(document, term);
                if (tf > 0) {
                    matched++;
                    score += idf.get(term) * tf * (K1 + 1) / (tf + norm);
                }
            }
            if (matched > 0) {
                hits.add(new Hit(document.entity(), matched, score));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::matchedTerms)
                .thenComparingDouble(Hit::score)
                .reversed()
                .thenComparing(hit -> hit.entity().id()));
        return hits;
    }

    private static double match(Document document, String term) {
        double total = 0;
        for (Map.Entry<String, Double> token : document.weights().entrySet()) {
            if (token.getKey().equals(term)) {
                total += token.getValue();
            } else if (term.length() >= MIN_PREFIX && token.getKey().startsWith(term)) {
                total += token.getValue() / 2;
            }
        }
        return total;
    }

    private static Document index(CatalogEntity entity) {
        Map<String, Double> weights = new HashMap<>();
        add(weights, entity.id(), 3);
        add(weights, entity.name(), 3);
        switch (entity) {
            case Phase p -> add(weights, p.description(), 1);
            case AgencyProblem p -> {
                add(weights, p.definition(), 1);
                add(weights, p.consequence(), 1);
            }
            case Remedy r -> add(weights, r.definition(), 1);
            case Objective o -> add(weights, o.definition(), 1);
            case Method m -> add(weights, m.summary(), 1);
            case Mapping m -> add(weights, m.rationale(), 1);
            case Source s -> {
                add(weights, s.title(), 2);
                add(weights, String.join(" ", s.authors()), 2);
                add(weights, s.venue(), 1);
            }
        }
        return new Document(entity, weights);
    }

    private static void add(Map<String, Double> weights, String text, double weight) {
        if (text != null) {
            tokens(text).forEach(token -> weights.merge(token, weight, Double::sum));
        }
    }

    /** Lower-case words without accents; stop words dropped. */
    static List<String> tokens(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        for (String token : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty() && !STOP_WORDS.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
