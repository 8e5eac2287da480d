package io.reportqa.ingest;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed corpus: reports in file order, their passages, and lookups by id (built once). */
public final class Corpus {

    private final List<SourceFile> sources;
    private final List<Report> reports;
    private final List<Passage> passages;
    private final FurnitureCounter furniture;
    private final Map<String, Report> reportsById = new LinkedHashMap<>();
    private final Map<String, Paragraph> paragraphsById = new LinkedHashMap<>();
    private final Map<String, Passage> passagesById = new LinkedHashMap<>();

    public Corpus(List<SourceFile> sources, List<Report> reports, List<Passage> passages, FurnitureCounter furniture) {
        this.sources = List.copyOf(sources);
        this.reports = List.copyOf(reports);
        this.passages = List.copyOf(passages);
        this.furniture = furniture;
        for (Report r : reports) {
            reportsById.put(r.id(), r);
            r.paragraphs().forEach(p -> paragraphsById.put(p.id(), p));
        }
        passages.forEach(p -> passagesById.put(p.id(), p));
    }

    /** The files it was parsed from, kept to fingerprint the index built from them. */
    public List<SourceFile> sources() {
        return sources;
    }

    public List<Report> reports() {
        return reports;
    }

    public List<Passage> passages() {
        return passages;
    }

    public FurnitureCounter furniture() {
        return furniture;
    }

    public Optional<Report> report(String id) {
        return Optional.ofNullable(reportsById.get(id));
    }

    public Map<String, Report> reportsById() {
        return Collections.unmodifiableMap(reportsById);
    }

    public Map<String, Paragraph> paragraphsById() {
        return Collections.unmodifiableMap(paragraphsById);
    }

    public Map<String, Passage> passagesById() {
        return Collections.unmodifiableMap(passagesById);
    }

    public int paragraphCount() {
        return paragraphsById.size();
    }
}
