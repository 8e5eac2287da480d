package io.reportqa.model;

import java.util.List;

/** A composed answer with the citations its {@code [n]} markers point to. */
public record Answer(String answer, boolean answerable, List<Citation> citations) {

    public Answer {
        citations = List.copyOf(citations);
    }
}
