package io.reportqa.api;

import io.reportqa.api.openai.OpenAiError;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document with what the HTTP layer does to every operation, so that no status the service
 * can return goes undocumented: 400 (a path not in normal form), 401 (where API keys apply), 406, 413 and 415
 * (operations with a body), 500 and 503 (index not ready), each with its body (a problem, or OpenAI's error under
 * {@code /v1}); the bearer scheme, required on writes and optional on reads (required with
 * {@code reportqa.api-keys-for-reads}); and {@code required} on every property of the response shapes, which the
 * service always writes.
 */
public class ApiDocsFilter implements OASFilter {

    static final String BEARER = "bearer";

    /** Response shapes whose every property is always present (records written without omitting nulls). */
    static final List<String> ALWAYS_COMPLETE = List.of("AskResponse", "Citation", "AnswerItem", "SearchResponse",
            "SearchHit", "ReportSummary", "ReportDetail", "ReportPart", "ReportSection", "ReportParagraph",
            "ReportList", "ReportDeleted", "UploadResults", "EvalReport");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("reportqa.api-keys 中的一个密钥 / one of the keys in reportqa.api-keys"));
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), op.getKey(), op.getValue());
            }
        }
        anyJson(api.getComponents());
        Schema form = api.getComponents().getSchemas().get("UploadForm");
        if (form != null) {
            form.addProperty("file", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                    .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary")));
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        for (String name : ALWAYS_COMPLETE) {
            Schema s = schemas.get(name);
            if (s != null && s.getProperties() != null) {
                s.setRequired(List.copyOf(s.getProperties().keySet()));
            }
        }
    }

    /**
     * Request fields read as Jackson's {@code JsonNode} (a string or an array: {@code content}, {@code stop}) are
     * described by their own {@code oneOf}; the reference to Jackson's node class and the type it implies (an
     * object, or an array since nodes are iterable) go.
     */
    private static void anyJson(Components components) {
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
        for (Schema s : components.getSchemas().values()) {
            if (s.getProperties() != null) {
                for (Schema p : s.getProperties().values()) {
                    if (p.getRef() != null && p.getRef().endsWith("/JsonNode")) {
                        p.setRef(null);
                    }
                    if (p.getOneOf() != null) {
                        p.setType(null);
                    }
                }
            }
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op) {
        boolean write = path.startsWith("/api/eval") || path.startsWith("/api/reports")
                && (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE);
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(BEARER);
        op.setSecurity(write ? List.of(bearer) : List.of(OASFactory.createSecurityRequirement(), bearer));
        boolean openAi = OpenAiError.appliesTo(path);
        APIResponses r = op.getResponses();
        add(r, openAi, "400", "请求无效（含路径不规范）/ Invalid request");
        add(r, openAi, "401", write ? "需要 API 密钥（配置了 reportqa.api-keys 时）/ API key required"
                : "需要 API 密钥（开启 reportqa.api-keys-for-reads 时）/ API key required for reads");
        add(r, openAi, "406", "无法提供 Accept 所要求的格式 / Not acceptable");
        if (op.getRequestBody() != null) {
            bareReferences(op);
            add(r, openAi, "413", "请求体过大 / Payload too large");
            add(r, openAi, "415", "不支持的请求体类型 / Unsupported media type");
        }
        add(r, openAi, "500", "服务器内部错误 / Internal error");
        add(r, openAi, "503", "索引尚未就绪，稍后重试（Retry-After）/ Index not ready");
    }

    /**
     * A request body given as a reference gets nothing beside it (the form parameters' own merged schema would
     * sit there): generators take a {@code $ref} with siblings for a malformed schema.
     */
    private static void bareReferences(Operation op) {
        op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> {
            if (m.getSchema() != null && m.getSchema().getRef() != null) {
                m.setSchema(OASFactory.createSchema().ref(m.getSchema().getRef()));
            }
        });
    }

    private static void add(APIResponses responses, boolean openAi, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        String media = openAi ? "application/json" : Problem.MEDIA_TYPE;
        Schema schema = OASFactory.createSchema().ref(openAi ? "OpenAiError" : "Problem");
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(media, OASFactory.createMediaType().schema(schema))));
    }
}
