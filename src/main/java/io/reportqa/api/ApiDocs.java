package io.reportqa.api;

/** Examples shown in the OpenAPI document, in the language users ask in. */
final class ApiDocs {

    static final String ASK_EXAMPLE = "{\"question\": \"2021年咸阳全市经济总量达到了多少?\", \"history\": []}";
    static final String FOLLOW_UP_EXAMPLE = "{\"question\": \"那农村居民呢?\", \"history\": ["
            + "{\"role\": \"user\", \"content\": \"嘉峪关城镇居民人均可支配收入达到多少了?\"}, "
            + "{\"role\": \"assistant\", \"content\": \"城镇和农村居民人均可支配收入分别达到48132元、24726元[1]。\"}]}";
    static final String ANSWER_EXAMPLE = "{\"answer\": \"2021年,全市经济总量2581.3亿元,人均生产总值达到61002元[1]。\", "
            + "\"answerable\": true, \"citations\": [{\"index\": 1, \"reportId\": \"xianyang-2022\", "
            + "\"reportTitle\": \"2022年咸阳市政府工作报告\", \"section\": \"一、过去五年工作回顾\", \"paragraph\": 5, "
            + "\"text\": \"发展质量效益显著提升。2021年,全市经济总量2581.3亿元…\", \"start\": 404, \"end\": 771, "
            + "\"score\": 1.32}], \"confidence\": 1.0, \"tookMs\": 36.1}";
    static final String PROBLEM_EXAMPLE = "{\"type\": \"urn:reportqa:problem:invalid-request\", "
            + "\"title\": \"请求无效 / Invalid request\", \"status\": 400, "
            + "\"detail\": \"question 不能为空 / 'question' is required and must not be blank\", \"instance\": \"/api/ask\"}";
    static final String STREAM_PROBLEM_EXAMPLE = "{\"type\": \"urn:reportqa:problem:invalid-request\", "
            + "\"title\": \"请求无效 / Invalid request\", \"status\": 400, "
            + "\"detail\": \"question 不能为空 / 'question' is required and must not be blank\", \"instance\": \"/api/ask/stream\"}";
    static final String SEARCH_PROBLEM_EXAMPLE = "{\"type\": \"urn:reportqa:problem:invalid-request\", "
            + "\"title\": \"请求无效 / Invalid request\", \"status\": 400, "
            + "\"detail\": \"k 须在 1 到 50 之间 / 'k' must be between 1 and 50\", \"instance\": \"/api/search\"}";
    static final String STREAM_EXAMPLE = "id: 0\nevent: retrieval\ndata: {\"hits\": [...], \"tookMs\": 12.3}\n\n"
            + "id: 1\nevent: citations\ndata: {\"citations\": [...]}\n\n"
            + "id: 2\nevent: delta\ndata: {\"text\": \"2021年,全市经济总量2581.3亿元[1]。\"}\n\n"
            + "id: 3\nevent: done\ndata: {\"answer\": \"…\", \"answerable\": true, …}\n\n";
    static final String EVAL_EXAMPLE = "{\"id\": \"my-01\", \"type\": \"fact\", \"history\": [], "
            + "\"question\": \"咸阳2022年城镇新增就业的目标是多少人?\", \"answer_keys\": [[\"4.5万\"]], "
            + "\"evidence\": [\"确保全年城镇新增就业4.5万人以上\"]}";

    private ApiDocs() {
    }
}
