package io.reportqa.api.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.reportqa.client.ApiClient;
import io.reportqa.client.ApiException;
import io.reportqa.client.api.AskApi;
import io.reportqa.client.api.EvaluationApi;
import io.reportqa.client.api.OpenAiOpenAiCompatibleApi;
import io.reportqa.client.api.ReportsApi;
import io.reportqa.client.api.SearchApi;
import io.reportqa.client.model.AskRequest;
import io.reportqa.client.model.AskResponse;
import io.reportqa.client.model.ChatCompletion;
import io.reportqa.client.model.ChatCompletionRequest;
import io.reportqa.client.model.ChatMessage;
import io.reportqa.client.model.OpenAiError;
import io.reportqa.client.model.Problem;
import io.reportqa.client.model.ReportSummary;
import io.reportqa.client.model.SearchResponse;
import io.reportqa.client.model.UploadResults;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the document, called through the Java client that the build generates from
 * {@code docs/openapi.json} (which {@code OpenApiContractTest} holds equal to the served document): requests the
 * client builds from the document are accepted, and the responses it reads by the document's schemas parse into
 * the values the service meant, errors included.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path UPLOADS = Path.of("src/test/resources/uploads");

    @TestHTTPResource("/")
    URI root;

    private ApiClient client() {
        return new ApiClient().setScheme("http").setHost(root.getHost()).setPort(root.getPort()).setBasePath("");
    }

    @Test
    void should_ask_and_stream_through_the_generated_client() throws Exception {
        AskApi ask = new AskApi(client());
        AskResponse r = ask.ask(new AskRequest().question("白河区2022年地区生产总值是多少?"));
        assertTrue(r.getAnswer().contains("356.2亿元") && r.getAnswerable(), r.toString());
        assertEquals("baihe-2023", r.getCitations().get(0).getReportId());

        File events = ask.askStream(new AskRequest().question("白河区2022年地区生产总值是多少?").topK(3));
        String stream = Files.readString(events.toPath(), StandardCharsets.UTF_8);
        assertTrue(stream.startsWith("id:0\nevent:retrieval\n") && stream.contains("event:done\n"), stream);

        ApiException bad = assertThrows(ApiException.class, () -> ask.ask(new AskRequest().question("")));
        assertEquals(400, bad.getCode());
        assertEquals("/api/ask", JSON.readValue(bad.getResponseBody(), Problem.class).getInstance());
    }

    @Test
    void should_search_with_an_integer_k() throws Exception {
        SearchResponse hits = new SearchApi(client()).search("白河区地区生产总值", 2, List.of("baihe-2023"));
        assertEquals(2, hits.getHits().size());
        assertEquals("baihe-2023", hits.getHits().get(0).getReportId());
        ApiException bad = assertThrows(ApiException.class, () -> new SearchApi(client()).search("x", 99, null));
        assertEquals(400, bad.getCode());
    }

    @Test
    void should_list_upload_read_and_delete_reports() throws Exception {
        ReportsApi reports = new ReportsApi(client());
        int before = reports.listReports().getReports().size();

        UploadResults added = reports.uploadReports(List.of(UPLOADS.resolve("songxi-2023.txt").toFile(),
                UPLOADS.resolve("songxi-2023.md").toFile()));
        assertEquals(List.of(201, 409), added.getResults().stream().map(f -> f.getStatus()).toList());
        ReportSummary songxi = added.getReports().get(0);
        try {
            assertEquals(before + 1, reports.listReports().getReports().size());
            assertTrue(reports.getReport(songxi.getId()).getParts().size() > 1);
        } finally {
            assertEquals(songxi.getId(), reports.deleteReport(songxi.getId()).getDeleted().getId());
        }
        ApiException gone = assertThrows(ApiException.class, () -> reports.getReport(songxi.getId()));
        assertEquals(404, gone.getCode());
    }

    @Test
    void should_evaluate_a_question_file() throws Exception {
        String file = "{\"id\": \"c1\", \"type\": \"fact\", \"question\": \"白河区2022年地区生产总值是多少?\", "
                + "\"answer_keys\": [[\"356.2亿元\"]], \"evidence\": [\"356.2亿元\"]}";
        var report = new EvaluationApi(client()).evaluate(file);
        assertEquals(1, report.getRows().size());
        assertEquals(1.0, ((Number) report.getSummary().get("answer_acc")).doubleValue());
    }

    @Test
    void should_speak_openai_through_the_generated_client() throws Exception {
        OpenAiOpenAiCompatibleApi v1 = new OpenAiOpenAiCompatibleApi(client());
        assertEquals("reportqa", v1.listModels().getData().get(0).getId());
        assertEquals("reportqa", v1.getModel("reportqa").getId());

        ChatCompletion c = v1.createChatCompletion(new ChatCompletionRequest().model("reportqa").maxTokens(4)
                .messages(List.of(new ChatMessage().role(ChatMessage.RoleEnum.USER).content("白河区2022年地区生产总值是多少?"))));
        assertEquals("length", c.getChoices().get(0).getFinishReason().getValue());
        assertEquals(4, c.getUsage().getCompletionTokens());
        assertEquals("baihe-2023", c.getReportqa().getCitations().get(0).getReportId());

        ApiException unknown = assertThrows(ApiException.class, () -> v1.getModel("gpt-4o"));
        assertEquals(404, unknown.getCode());
        OpenAiError error = JSON.readValue(unknown.getResponseBody(), OpenAiError.class);
        assertEquals("model_not_found", error.getError().getCode());
        assertEquals("model", error.getError().getParam());
    }
}
