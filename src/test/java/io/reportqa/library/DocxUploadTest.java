package io.reportqa.library;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.reportqa.ingest.SharedLibrary;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Real .docx reports as published, and broken or hostile ones, through {@code POST /api/reports}: a good one is
 * answerable with citations into its paragraphs; a bad one is a 4xx problem that leaves no report behind;
 * several files in one request are answered file by file.
 */
@QuarkusTest
@TestProfile(ReportManagementTest.FreshData.class)
class DocxUploadTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).when().post("/api/ask")
                .then().statusCode(200).extract().jsonPath();
    }

    private static int reportCount() {
        return given().when().get("/api/reports").then().statusCode(200).extract().jsonPath().getList("reports").size();
    }

    @Test
    void should_answer_from_a_published_docx_whose_parts_are_not_numbered() throws IOException {
        Path file = SharedLibrary.folder().resolve("provinces-2025/2025年西藏政府工作报告.docx");
        JsonPath added = given().multiPart("file", file.toFile(), DOCX).when().post("/api/reports")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("xizang-2025", added.getString("reports[0].id"));
        assertEquals("西藏自治区", added.getString("reports[0].place"));
        try {
            JsonPath report = given().when().get("/api/reports/xizang-2025").then().statusCode(200).extract().jsonPath();
            assertEquals("嘎玛泽登", report.getString("report.speaker"));
            assertEquals(List.of("", "2024年工作回顾", "2025年工作安排"), report.getList("parts.title"));
            assertEquals(List.of(false, false, false), report.getList("parts.appendix"));
            JsonPath r = ask("西藏2024年地区生产总值增长多少?");
            assertTrue(r.getBoolean("answerable"), r.prettify());
            assertEquals("xizang-2025", r.getString("citations[0].reportId"));
            assertTrue(r.getString("citations[0].section").startsWith("2024年工作回顾"), r.getString("citations[0].section"));
        } finally {
            given().when().delete("/api/reports/xizang-2025").then().statusCode(200);
        }
    }

    @Test
    void should_refuse_empty_corrupt_encrypted_and_bomb_documents_and_keep_nothing() throws IOException {
        int before = reportCount();
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        Map<String, byte[]> bad = Map.of(
                "empty.docx", new byte[0],
                "corrupt.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1),
                "encrypted.docx", ole2,
                "bomb.docx", zipBomb());
        for (var e : bad.entrySet()) {
            String detail = given().multiPart("file", e.getKey(), e.getValue(), DOCX).when().post("/api/reports")
                    .then().statusCode(400).contentType("application/problem+json").extract().jsonPath()
                    .getString("detail");
            assertFalse(detail.isBlank(), e.getKey());
        }
        assertEquals(before, reportCount());
    }

    @Test
    void should_refuse_a_report_without_body_text_with_a_reason() {
        String frontOnly = "2023年青石县政府工作报告\n——2023年1月5日在青石县第一届人民代表大会第二次会议上\n县长 张三\n各位代表：\n";
        JsonPath problem = given().multiPart("file", "qingshi.txt", frontOnly.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/reports").then().statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();
        assertEquals("urn:reportqa:problem:no-body", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("正文"), problem.getString("detail"));
    }

    @Test
    void should_answer_file_by_file_when_several_are_uploaded_at_once() throws IOException {
        byte[] songxi = Files.readAllBytes(Path.of("src/test/resources/uploads/songxi-2023.txt"));
        JsonPath r = given().multiPart("file", "songxi-2023.txt", songxi, "text/plain")
                .multiPart("file", "old.doc", new byte[] {1, 2, 3}, "application/msword")
                .multiPart("file", "notes.txt", "没有报告标题的笔记。".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/reports").then().statusCode(200).extract().jsonPath();
        try {
            assertEquals(List.of(201, 415, 422), r.getList("results.status"));
            assertEquals("songxi-2023", r.getString("results[0].reports[0].id"));
            assertEquals("urn:reportqa:problem:unsupported-media-type", r.getString("results[1].problem.type"));
            assertEquals(List.of("songxi-2023"), r.getList("reports.id"));
            assertTrue(ask("松溪县2022年地区生产总值完成多少?").getString("answer").contains("96.7亿元"));
        } finally {
            given().when().delete("/api/reports/songxi-2023").then().statusCode(200);
        }
    }

    /** A package whose document part inflates 1,000-fold: 50 MB of spaces in ~50 KB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }
}
