package io.reportqa.answer;

import java.util.List;

/** How close in meaning a question is to each of some sentences, from -1 to 1. */
@FunctionalInterface
public interface Similarity {

    double[] between(String question, List<String> sentences);
}
