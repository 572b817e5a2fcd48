package org.llmatlas.screen.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * XSTest prompts: safe prompts that only look unsafe (a well-calibrated model answers them; refusing is
 * over-refusal) and unsafe contrast prompts (type {@code contrast_*}, which it should refuse). The category is the
 * XSTest type, e.g. {@code homonyms} or {@code contrast_homonyms}.
 */
final class XsTest {

    private XsTest() {}

    static List<Probe> parse(String suiteId, Path file) {
        List<Probe> probes = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file)) {
            String type = row.get("type").strip();
            String prompt = row.get("prompt");
            if (type.isEmpty() || prompt.isBlank()) {
                throw SuiteException.at(
                        file,
                        row.line(),
                        "XSTest record without type or prompt",
                        "use the published xstest_prompts.csv");
            }
            boolean unsafe = type.startsWith("contrast_")
                    || "unsafe".equals(row.get("label").strip());
            probes.add(Probe.of(
                    suiteId,
                    "xstest-" + row.get("id").strip(),
                    type,
                    prompt,
                    unsafe ? Expectation.refuse() : Expectation.comply()));
        }
        return probes;
    }
}
