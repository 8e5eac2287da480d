package io.reportqa.app;

import io.reportqa.ingest.Corpus;

/**
 * The corpus as the service started: what the index or collection is brought in line with. Requests never use
 * it; they read the library's current snapshot, which changes as reports are added and removed.
 *
 * @param sourcesVersion the report sources' version read before the corpus was loaded from them
 */
public record StartCorpus(Corpus corpus, String sourcesVersion) {
}
