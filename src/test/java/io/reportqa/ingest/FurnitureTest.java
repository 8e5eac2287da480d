package io.reportqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One line per pattern of {@code ingest/furniture.tsv}, and body lines that must never be taken for furniture. */
class FurnitureTest {

    @Test
    void should_recognise_each_kind_of_furniture() {
        assertEquals(Optional.of(Furniture.SOURCE_LINE), Furniture.of("来源：解放日报"));
        assertEquals(Optional.of(Furniture.SOURCE_LINE), Furniture.of("【来源】新华网"));
        assertEquals(Optional.of(Furniture.EDITOR_LINE), Furniture.of("(责任编辑:石兰兰)"));
        assertEquals(Optional.of(Furniture.EDITOR_LINE), Furniture.of("编辑：王五"));
        assertEquals(Optional.of(Furniture.LICENCE), Furniture.of("Public domain"));
        assertEquals(Optional.of(Furniture.LICENCE), Furniture.of("false"));
        assertEquals(Optional.of(Furniture.LICENCE), Furniture.of("本作品不适用于该法，在中国大陆，也可能在其他管辖区，属于公有领域。"));
        assertEquals(Optional.of(Furniture.PAGE_WIDGET), Furniture.of("分享到：微信 微博"));
        assertEquals(Optional.of(Furniture.PAGE_WIDGET), Furniture.of("【字体：大 中 小】"));
        assertEquals(Optional.of(Furniture.PAGE_WIDGET), Furniture.of("首页 > 政务公开 > 政府工作报告"));
        assertEquals(Optional.of(Furniture.PAGE_WIDGET), Furniture.of("精彩图片"));
        assertEquals(Optional.of(Furniture.PUBLICATION_LINE), Furniture.of("2022年02月22日 11:02   来源:嘉峪关日报"));
    }

    @Test
    void should_never_take_body_text_for_furniture() {
        for (String body : new String[] {"关闭退出落后产能120万吨。", "其所以可能，就是因为我们的革命已经为我们提供了以下的积累来源：",
                "打印产业加快发展，3D打印企业达到20家。", "编辑出版图书300种。", "分享经济蓬勃发展，平台企业新增50家，带动就业10万人，成为新的增长点之一。"}) {
            assertEquals(Optional.empty(), Furniture.of(body), body);
        }
    }
}
