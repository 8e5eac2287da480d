package io.reportqa.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One government work report: the unit users see, whatever file it came from.
 *
 * @param id stable readable id, e.g. {@code xianyang-2022}
 * @param title uniform title, {@code <year>年<place>政府工作报告}
 * @param sourceTitle the title as the source file gives it (web titles can be wrong or bare)
 * @param date the day it was delivered, null when the text does not say
 * @param speaker who delivered it, empty when the text does not say
 * @param sourceFile name of the corpus file that holds it
 */
public record Report(String id, String title, String sourceTitle, Place place, LocalDate date, String speaker, String sourceFile,
        List<Paragraph> paragraphs) {

    public Report {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The same report under another id (its paragraphs' ids follow), for two places whose ids would collide. */
    public Report withId(String newId) {
        List<Paragraph> renamed = paragraphs.stream().map(p -> new Paragraph(newId + "/p" + p.number(), newId,
                p.number(), p.kind(), p.part(), p.section(), p.text(), p.start(), p.end(), p.sentences(),
                p.appendix())).toList();
        return new Report(newId, title, sourceTitle, place, date, speaker, sourceFile, renamed);
    }

    public int year() {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }
}
