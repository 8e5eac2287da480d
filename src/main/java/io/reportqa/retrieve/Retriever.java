package io.reportqa.retrieve;

import io.reportqa.index.ScoredId;
import java.util.List;

/** One way of finding passages for a query; results are ranked best first. */
public interface Retriever {

    List<ScoredId> retrieve(SearchQuery query);
}
