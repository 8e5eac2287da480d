package io.reportqa.api.openai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ReportQA used as a model by LangChain4j's OpenAI client, plain and streamed, as an existing tool would. */
@QuarkusTest
class OpenAiCompatTest {

    @TestHTTPResource("/v1")
    URI v1;

    @Test
    void should_answer_through_an_openai_client_with_sources_in_the_content() {
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(v1.toString()).apiKey("unused")
                .modelName("reportqa").build();

        ChatResponse r = model.chat(List.of(UserMessage.from("青禾市城镇新增就业多少人?"),
                AiMessage.from("城镇新增就业2.6万人[1]。"), UserMessage.from("那低保标准呢?")));

        String text = r.aiMessage().text();
        assertTrue(text.contains("680元/月"), text);
        assertTrue(text.contains("参考来源：\n[1] 2023年青禾市政府工作报告"), text);
    }

    @Test
    void should_stream_through_an_openai_client() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(v1.toString()).apiKey("unused")
                .modelName("reportqa").build();
        StringBuilder tokens = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        model.chat("白河区新增市场主体多少户?", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                tokens.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });

        ChatResponse r = done.get(30, TimeUnit.SECONDS);
        assertTrue(tokens.toString().contains("新增市场主体4800户"), tokens.toString());
        assertEquals(tokens.toString(), r.aiMessage().text());
        assertTrue(tokens.toString().contains("参考来源"), tokens.toString());
    }

    @Test
    void should_carry_citations_in_the_extension_field() {
        given().contentType(ContentType.JSON).body(Map.of("model", "reportqa",
                        "messages", List.of(Map.of("role", "user", "content", "白河区新增市场主体多少户?"))))
                .when().post("/v1/chat/completions")
                .then().statusCode(200)
                .body("object", is("chat.completion"))
                .body("choices[0].message.role", is("assistant"))
                .body("reportqa.answerable", is(true))
                .body("reportqa.citations[0].reportId", is("baihe-2023"));
        given().when().get("/v1/models").then().statusCode(200).body("data[0].id", is("reportqa"));
    }

    @Test
    void should_refuse_a_conversation_without_a_user_question() {
        given().contentType(ContentType.JSON).body(Map.of("model", "reportqa", "messages",
                        List.of(Map.of("role", "system", "content", "你是助手"))))
                .when().post("/v1/chat/completions")
                .then().statusCode(400).contentType(ContentType.JSON).body("error.param", is("messages"));
    }
}
