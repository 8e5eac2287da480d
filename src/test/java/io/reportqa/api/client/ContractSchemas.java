package io.reportqa.api.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schemas of the checked-in contract ({@code docs/openapi.json}), as JSON Schema 2020-12 validators: OpenAPI
 * 3.1 schemas are JSON Schema, and their {@code $ref}s resolve within the document.
 */
final class ContractSchemas {

    private static final String BASE = "https://reportqa.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode doc;
    private final JsonSchemaFactory factory;

    ContractSchemas(Path contract) {
        try {
            String text = Files.readString(contract, StandardCharsets.UTF_8);
            this.doc = JSON.readTree(text);
            this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    b -> b.schemaLoaders(l -> l.schemas(Map.of(BASE, text))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON pointer of the schema of {@code status} with {@code media} for an operation, or null if undocumented. */
    String responsePointer(String method, String template, int status, String media) {
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase() + "/responses/" + status
                + "/content/" + escape(media) + "/schema";
        return doc.at(pointer).isMissingNode() ? null : pointer;
    }

    /** Problems of {@code body} against the schema at {@code pointer} (empty when it conforms). */
    Set<String> violations(String pointer, JsonNode body) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        Set<ValidationMessage> errors = schema.validate(body);
        return errors.stream().map(ValidationMessage::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static String component(String name) {
        return "/components/schemas/" + name;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
