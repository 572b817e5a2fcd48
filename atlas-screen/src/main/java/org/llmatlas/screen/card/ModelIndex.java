package org.llmatlas.screen.card;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Hugging Face {@code model-index} metadata: a list of models, each with {@code results} of a
 * {@code task}, a {@code dataset} ({@code name}, {@code type}, optional {@code config}/{@code split}) and
 * {@code metrics} ({@code type}, {@code value}, optional {@code name}).
 */
final class ModelIndex {

    private ModelIndex() {}

    static List<Claim> claims(JsonNode metadata) {
        List<Claim> out = new ArrayList<>();
        for (JsonNode model : metadata.path("model-index")) {
            String modelName = model.path("name").asString("");
            for (JsonNode result : model.path("results")) {
                JsonNode dataset = result.path("dataset");
                String datasetName =
                        dataset.path("name").asString(dataset.path("type").asString(""));
                String config = dataset.path("config").asString("");
                String label = config.isEmpty() ? datasetName : datasetName + " (" + config + ")";
                for (JsonNode metric : result.path("metrics")) {
                    JsonNode value = metric.path("value");
                    Double v = value.isNumber() ? Double.valueOf(value.asDouble()) : Tables.number(value.asString(""));
                    if (v == null) {
                        continue;
                    }
                    String metricName =
                            metric.path("name").asString(metric.path("type").asString(""));
                    out.add(new Claim(
                            modelName, label, metricName, v, value.asString("").contains("%"), "model-index"));
                }
            }
        }
        return out;
    }
}
