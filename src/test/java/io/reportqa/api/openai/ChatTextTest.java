package io.reportqa.api.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Report text as /v1 content carries it: no link, image, HTML or terminal escape survives; markers do. */
class ChatTextTest {

    @Test
    void should_defuse_links_images_html_and_escapes_but_keep_citation_markers_and_line_breaks() {
        assertEquals("完成96.7亿元［点我］(javascript:alert(1))[1]。",
                ChatText.of("完成96.7亿元[点我](javascript:alert(1))[1]。"));
        assertEquals("!［］(http://evil.example/t.png)", ChatText.of("![](http://evil.example/t.png)"));
        assertEquals("＜img src=x onerror=alert(1)＞", ChatText.of("<img src=x onerror=alert(1)>"));
        assertEquals("＜http://evil.example＞", ChatText.of("<http://evil.example>"));
        assertEquals("红色警告", ChatText.of("\u001B[31m红色\u001B[0m警\u202E告\u200B"));
        assertEquals("［1］(http://x) ［2］: http://y", ChatText.of("[1](http://x) [2]: http://y"));
        assertEquals("增长5%[1][2]。\n\n参考来源：", ChatText.of("增长5%[1][2]。\n\n参考来源："));
        assertEquals("a b", ChatText.of("a\u0007b"));
    }
}
