package io.reportqa.app;

import io.reportqa.library.PassageWriter;
import io.reportqa.retrieve.Retriever;

/** Where passages are searched and written: the embedded Lucene index or a SolrCloud collection. */
record SearchBackend(Retriever lexical, Retriever dense, PassageWriter writer) {
}
