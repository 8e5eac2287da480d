package io.reportqa.api;

import io.reportqa.library.Library;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.model.Answer;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** {@code POST /api/ask}: a cited answer to a question. */
@Path("/api/ask")
@Tag(name = "问答 Ask", description = "带段落级引用的回答")
public class AskResource {

    private final Library library;
    private final RequestLimits limits;
    private final int defaultTopK;

    AskResource(Library library, RequestLimits limits, ReportQaConfig config) {
        this.library = library;
        this.limits = limits;
        this.defaultTopK = config.answer().defaultTopK();
    }

    @POST
    @Blocking
    @Operation(operationId = "ask", summary = "提问：返回带引用的简短回答", description = "回答由报告原句组成，每句以 [n] 标注引用；"
            + "报告未涉及时 answerable 为 false，并给出最接近的段落。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AskRequest.class), examples = {
            @ExampleObject(name = "事实", value = ApiDocs.ASK_EXAMPLE),
            @ExampleObject(name = "追问", value = ApiDocs.FOLLOW_UP_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "回答与引用",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AskResponse.class),
                    examples = @ExampleObject(name = "回答", value = ApiDocs.ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "请求无效（问题为空或过长、JSON 格式错误、参数越界）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = ApiDocs.PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "reportIds 中有不存在的报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))

    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AskResponse ask(AskRequest request) {
        long t0 = System.nanoTime();
        if (request == null) {
            throw ProblemException.badRequest("缺少请求体 / The request body is missing");
        }
        Answer a = library.current().qa().ask(limits.question(request.question(), "question"), limits.history(request.history()),
                limits.reportIds(request.reportIds()), limits.k(request.topK(), defaultTopK, "topK"));
        return AskResponse.of(a, Millis.since(t0));
    }
}
