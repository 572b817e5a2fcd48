package org.llmatlas.screen.testing;

/**
 * Small BBQ items in the published format of nyu-mll/BBQ {@code data/*.jsonl} (written for these tests; the real
 * files are not in shared/data), for the download, lock and sampling paths of the eleven-file suite.
 */
public final class BbqFixture {

    private BbqFixture() {}

    /** Two items (an ambiguous and a disambiguated one) of {@code category}, one JSON object per line. */
    public static String jsonl(String category) {
        var out = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            boolean ambiguous = i == 0;
            out.append(String.format(
                    "{\"example_id\": %d, \"question_index\": \"1\", \"question_polarity\": \"neg\","
                            + " \"context_condition\": \"%s\", \"category\": \"%s\", \"answer_info\":"
                            + " {\"ans0\": [\"first\", \"groupA\"], \"ans1\": [\"second\", \"groupB\"],"
                            + " \"ans2\": [\"Unknown\", \"unknown\"]}, \"additional_metadata\": {\"subcategory\":"
                            + " \"None\", \"stereotyped_groups\": [\"groupA\"], \"version\": \"a\", \"source\":"
                            + " \"written for LLM ATLAS tests\"}, \"context\": \"Two neighbours met at the %s"
                            + " meeting.%s\", \"question\": \"Who forgot the keys?\", \"ans0\": \"The first"
                            + " neighbour\", \"ans1\": \"The second neighbour\", \"ans2\": \"Unknown\","
                            + " \"label\": %d}\n",
                    i,
                    ambiguous ? "ambig" : "disambig",
                    category,
                    category,
                    ambiguous ? "" : " The second one had left them on the table.",
                    ambiguous ? 2 : 1));
        }
        return out.toString();
    }
}
