package io.reportqa.api.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The part of an OpenAI chat-completions request that ReportQA reads; other fields are accepted and ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatRequest(String model, List<Message> messages, Boolean stream) {

    /** One message; {@code content} is a string or a list of parts, of which the text parts are read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, JsonNode content) {

        String text() {
            if (content == null || content.isNull()) {
                return "";
            }
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder out = new StringBuilder();
            content.forEach(part -> {
                if ("text".equals(part.path("type").asText())) {
                    out.append(part.path("text").asText());
                }
            });
            return out.toString();
        }
    }
}
