package org.llmatlas.cli.detect;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.llmatlas.detect.Detector;
import org.llmatlas.detect.Sample;
import org.llmatlas.detect.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The streaming loop behind {@code atlas detect}: line in, verdict (or error record) out, in order, with progress
 * and a summary on standard error. Lines are read in batches of {@link #BATCH}, judged in parallel (detectors are
 * thread-safe), and written in input order, so memory stays bounded and both cores are used. Kept apart from the picocli class so that the loop's rules (what is a record,
 * what is an error, what is written for it) read in one place.
 */
final class JsonlDetection {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records judged together; bounds memory (a batch of lines) while letting threads share the work. */
    static final int BATCH = 512;

    private final Detector detector;
    private final String source;
    private final boolean skipInvalid;
    private final long progressNanos;
    private final PrintWriter err;
    private final int threads;
    private final ForkJoinPool pool;
    private final String expectField;
    private final LabelledScore score = new LabelledScore();

    /** A record's verdict and, with {@code --expect}, its label ({@code null}: the record has none). */
    private record Judged(Verdict verdict, Boolean expected) {}

    /** A parsed record and its label. */
    private record Labelled(Sample sample, Boolean expected) {}

    /** @param expectField the record field holding the true answer (flag or not), or {@code null} */
    JsonlDetection(
            Detector detector,
            String source,
            boolean skipInvalid,
            int progressSeconds,
            int threads,
            ForkJoinPool pool,
            String expectField,
            PrintWriter err) {
        this.expectField = expectField;
        this.detector = detector;
        this.source = source;
        this.skipInvalid = skipInvalid;
        this.progressNanos = progressSeconds * 1_000_000_000L;
        this.threads = threads;
        this.pool = pool;
        this.err = err;
    }

    private long records;
    private long flagged;
    private long invalid;

    /** Processes every line; returns the exit code. */
    int process(Utf8Lines lines, Writer out) throws IOException {
        long start = System.nanoTime();
        long lastReport = start;
        List<Utf8Lines.Line> batch = new ArrayList<>(BATCH);
        Object[] results = new Object[BATCH];
        boolean more = true;
        while (more) {
            batch.clear();
            Utf8Lines.Line line;
            while (batch.size() < BATCH && (line = lines.next()) != null) {
                if (line.text() == null || !line.text().isBlank()) {
                    batch.add(line);
                }
            }
            more = batch.size() == BATCH;
            evaluate(batch, results);
            for (int i = 0; i < batch.size(); i++) {
                Object result = results[i];
                if (result instanceof InvalidRecord e) {
                    invalid++;
                    if (!skipInvalid) {
                        out.flush();
                        err.println("atlas detect: " + source + " line "
                                + batch.get(i).number() + ": "
                                + e.getMessage() + ". Fix that line, or run with --skip-invalid to write an error"
                                + " record for it and go on.");
                        return DetectCommand.EXIT_BAD_INPUT;
                    }
                    result = errorRecord(batch.get(i).number(), e);
                } else {
                    Judged judged = (Judged) result;
                    result = judged.verdict();
                    if (judged.verdict().flagged()) {
                        flagged++;
                    }
                    if (judged.expected() != null) {
                        score.add(judged.verdict().flagged(), judged.expected());
                    }
                }
                out.write(JSON.writeValueAsString(result));
                out.write('\n');
                records++;
            }
            if (progressNanos > 0 && System.nanoTime() - lastReport >= progressNanos) {
                lastReport = System.nanoTime();
                err.printf("atlas detect: %,d records (%,.0f/s)%n", records, rate(records, start));
                err.flush();
            }
        }
        out.flush();
        err.printf(
                "atlas detect: %s: %,d records, %,d flagged by %s, %,d invalid%s, %.1f s%n",
                source,
                records,
                flagged,
                detector.name(),
                invalid,
                invalid > 0 ? " (error records written)" : "",
                (System.nanoTime() - start) / 1e9);
        if (expectField != null) {
            err.println("atlas detect: " + detector.name() + " " + score.summary(expectField)
                    + (score.labelled() < judged()
                            ? "; " + (judged() - score.labelled()) + " records had no label"
                            : ""));
        }
        err.flush();
        return 0;
    }

    /** Judges a batch on the pool; results[i] is the Verdict or the InvalidRecord of batch line i. */
    private void evaluate(List<Utf8Lines.Line> batch, Object[] results) {
        IntStream range = IntStream.range(0, batch.size());
        Runnable work = () -> (threads > 1 ? range.parallel() : range).forEach(i -> {
            try {
                Labelled record = parse(batch.get(i));
                results[i] = new Judged(detector.detect(record.sample()), record.expected());
            } catch (InvalidRecord e) {
                results[i] = e;
            }
        });
        if (threads > 1) {
            pool.submit(work).join();
        } else {
            work.run();
        }
    }

    private Labelled parse(Utf8Lines.Line line) throws InvalidRecord {
        if (line.encodingError() != null) {
            throw new InvalidRecord(null, line.encodingError() + "; re-encode the file as UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.text());
        } catch (JacksonException e) {
            throw new InvalidRecord(null, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRecord(null, "expected a JSON object with id and response");
        }
        JsonNode id = node.get("id");
        if (id == null || !(id.isString() || id.isNumber())) {
            throw new InvalidRecord(null, "missing \"id\" (a string or number)");
        }
        String idText = id.asString();
        JsonNode response = node.get("response");
        if (response == null || !response.isString()) {
            throw new InvalidRecord(idText, "missing \"response\" (a string) for id " + idText);
        }
        JsonNode prompt = node.get("prompt");
        if (prompt != null && !prompt.isNull() && !prompt.isString()) {
            throw new InvalidRecord(idText, "\"prompt\" must be a string or absent for id " + idText);
        }
        Sample sample =
                new Sample(idText, prompt == null || prompt.isNull() ? null : prompt.asString(), response.asString());
        return new Labelled(sample, expectField == null ? null : label(node.get(expectField), idText));
    }

    /** true/false, 1/0, "yes"/"no", "flagged"/"not_flagged"; absent or null: unlabelled. */
    private Boolean label(JsonNode value, String id) throws InvalidRecord {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String text = value.asString("").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true", "1", "yes", "flagged" -> true;
            case "false", "0", "no", "not_flagged" -> false;
            default ->
                throw new InvalidRecord(
                        id,
                        "\"" + expectField + "\" must be true or false (or 1/0, yes/no) for id " + id + ", was "
                                + value);
        };
    }

    /** How the flags agreed with the labels, after {@link #process} with an expect field. */
    LabelledScore score() {
        return score;
    }

    private Map<String, Object> errorRecord(long lineNumber, InvalidRecord e) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", e.id);
        record.put("detector", detector.name());
        record.put("line", lineNumber);
        record.put("error", e.getMessage());
        return record;
    }

    /** Records judged (error records of invalid lines not counted), after {@link #process}. */
    long judged() {
        return records - invalid;
    }

    /** Records the detector flagged, after {@link #process}. */
    long flagged() {
        return flagged;
    }

    private static double rate(long records, long start) {
        return records / Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }

    /** A line that is not a valid record; {@code id} is known when the JSON parsed far enough. */
    private static final class InvalidRecord extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient String id;

        InvalidRecord(String id, String message) {
            super(message);
            this.id = id;
        }
    }
}
