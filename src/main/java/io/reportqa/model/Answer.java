package io.reportqa.model;

import java.util.List;

/**
 * A composed answer with the citations its {@code [n]} markers point to.
 *
 * @param confidence share (0..1) of the question's weighted terms found in the best sentence; the service
 *     refuses below a configured floor
 */
public record Answer(String answer, boolean answerable, List<Citation> citations, double confidence) {

    public Answer {
        citations = List.copyOf(citations);
    }
}
