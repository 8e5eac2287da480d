package io.reportqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.answer.AnswerListener;
import io.reportqa.library.Library;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.ingest.Corpus;
import io.reportqa.model.Answer;
import io.reportqa.model.Citation;
import io.reportqa.model.Hit;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/ask/stream}: the answer of {@code /api/ask} as Server-Sent Events, in this order:
 * {@code retrieval} (the passages found, sent as soon as retrieval is done), {@code citations} (the numbered
 * sources the answer cites; with a language model, the paragraphs it was given, before it writes), {@code delta}
 * events (the answer text, a sentence at a time, concatenating to the whole answer) and {@code done} (the
 * complete {@code /api/ask} response). A failure after the stream has started arrives as an {@code error} event
 * holding a problem detail. A request that fails validation gets a 4xx problem response instead of a stream.
 */
@Path("/api/ask/stream")
@Tag(name = "问答 Ask", description = "带段落级引用的回答")
public class AskStreamResource {

    private static final Logger LOG = Logger.getLogger(AskStreamResource.class);

    private final Library library;
    private final RequestLimits limits;
    private final int defaultTopK;

    private final ObjectMapper json;

    AskStreamResource(Library library, RequestLimits limits, ReportQaConfig config, ObjectMapper json) {
        this.json = json;
        this.library = library;
        this.limits = limits;
        this.defaultTopK = config.answer().defaultTopK();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "askStream", summary = "流式提问（Server-Sent Events）", description = "事件依次为 retrieval"
            + "（data: {hits, tookMs}，同 /api/search）、citations（data: {citations}）、delta（data: {text}，逐句回答文本，"
            + "拼接即 answer）、done（data: 与 /api/ask 相同的完整响应）；开始后出错时为 error 事件（data: problem detail）。"
            + "每个事件带递增的 id（从 0 起）；响应带 Cache-Control: no-cache。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AskRequest.class), examples = @ExampleObject(name = "事实", value = ApiDocs.ASK_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "事件流：retrieval、citations、delta…、done（或 error）",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    format = "binary", description = "Server-Sent Events：id、event 与 data（JSON）行"),
                    examples = @ExampleObject(name = "事件", value = ApiDocs.STREAM_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "请求无效（问题为空或过长、JSON 格式错误、参数越界）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = ApiDocs.STREAM_PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "reportIds 中有不存在的报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))

    public Multi<OutboundSseEvent> stream(AskRequest request, @Context Sse sse) {
        long t0 = System.nanoTime();
        if (request == null) {
            throw ProblemException.badRequest("缺少请求体 / The request body is missing");
        }
        String question = limits.question(request.question(), "question");
        var history = limits.history(request.history());
        var scope = limits.reportIds(request.reportIds());
        int topK = limits.k(request.topK(), defaultTopK, "topK");
        return Multi.createFrom().<OutboundSseEvent>emitter(out -> {
            Events events = new Events(sse, out);
            try {
                Library.Snapshot now = library.current();
                Answer a = now.qa().ask(question, history, scope, topK, new AnswerListener() {
                    @Override
                    public void retrieved(List<Hit> hits) {
                        events.send("retrieval", Map.of("hits", retrieval(hits, now.corpus()), "tookMs", Millis.since(t0)));
                    }

                    @Override
                    public void sources(List<Citation> citations) {
                        events.send("citations", Map.of("citations", citations));
                    }

                    @Override
                    public void text(String piece) {
                        events.send("delta", Map.of("text", piece));
                    }

                    @Override
                    public boolean streaming() {
                        return true;
                    }
                });
                events.send("done", AskResponse.of(a, Millis.since(t0)));
            } catch (ClientGone e) {
                LOG.debug("the client closed the answer stream before its end");
                return;
            } catch (RuntimeException e) {
                LOG.error("stream failed", e);
                events.offer("error", new Problem("urn:reportqa:problem:internal-error",
                        "服务器内部错误 / Internal error", 500, "回答未能完成 / The answer could not be completed",
                        "/api/ask/stream"));
            }
            out.complete();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Thrown into the answer's work when nobody reads the stream any more, to end it early. */
    private static final class ClientGone extends RuntimeException {
        ClientGone() {
            super(null, null, false, false);
        }
    }

    /** The stream's events, numbered from 0 in their {@code id}, so a reader can tell where it was cut. */
    private final class Events {
        private final Sse sse;
        private final MultiEmitter<? super OutboundSseEvent> out;
        private int next;

        Events(Sse sse, MultiEmitter<? super OutboundSseEvent> out) {
            this.sse = sse;
            this.out = out;
        }

        /** Emits an event; throws {@link ClientGone} once the client has hung up. */
        void send(String name, Object data) {
            if (out.isCancelled()) {
                throw new ClientGone();
            }
            offer(name, data);
        }

        void offer(String name, Object data) {
            try {
                out.emit(sse.newEventBuilder().id(String.valueOf(next++)).name(name)
                        .data(json.writeValueAsString(data)).build());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the " + name + " event", e);
            }
        }
    }

    private static List<SearchResponse.SearchHit> retrieval(List<Hit> hits, Corpus corpus) {
        return hits.stream().map(h -> SearchHits.of(h, corpus)).toList();
    }

}
