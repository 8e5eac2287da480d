package io.reportqa.ingest;

import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Reads, parses and chunks a corpus folder (or any list of files); a later report with an id already taken is
 * skipped with a warning.
 */
public final class CorpusLoader {

    private static final System.Logger LOG = System.getLogger(CorpusLoader.class.getName());

    private final CorpusReader reader = new CorpusReader();
    private final ReportParser parser = new ReportParser();
    private final Chunker chunker;

    public CorpusLoader(Chunker chunker) {
        this.chunker = chunker;
    }

    public Corpus load(Path folder) {
        return load(reader.read(folder), Set.of());
    }

    /**
     * Parses the files in order, leaving out removed reports: {@code removed} holds {@link #removalKey} values, so
     * a report removed from one file comes back if it is uploaded again in another.
     */
    public Corpus load(List<SourceFile> files, Set<String> removed) {
        FurnitureCounter furniture = new FurnitureCounter();
        List<Report> reports = new ArrayList<>();
        Map<String, Report> ids = new HashMap<>();
        for (SourceFile f : files) {
            for (Report parsed : parser.parse(f, furniture)) {
                Report r = distinct(parsed, ids);
                if (removed.contains(removalKey(r))) {
                    continue;
                }
                if (ids.putIfAbsent(r.id(), r) == null) {
                    reports.add(r);
                } else {
                    LOG.log(System.Logger.Level.WARNING, "skipped a second report with id {0} in {1}", r.id(), f.name());
                }
            }
        }
        List<Passage> passages = reports.stream().flatMap(r -> chunker.chunk(r).stream()).toList();
        return new Corpus(files, reports, passages, furniture);
    }

    /**
     * Places whose names read alike (仙阳 and 咸阳) would share an id; the later one gets a stable mark of its
     * name before the year ({@code xianyang-3f2a-2022}), so both stay served and addressable.
     */
    private static Report distinct(Report r, Map<String, Report> ids) {
        Report holder = ids.get(r.id());
        if (holder == null || holder.place().name().equals(r.place().name())) {
            return r;
        }
        String slug = r.id().substring(0, r.id().lastIndexOf('-'));
        String mark = SourceMarks.shortHash(r.place().name());
        return r.withId(slug + "-" + mark + "-" + r.year());
    }

    /** What marks a report as removed: its id in its source file. */
    public static String removalKey(Report r) {
        return r.id() + "\t" + r.sourceFile();
    }

    /** The reports in one file, parsed alone (to learn what an upload holds before it is stored). */
    public List<Report> reportsIn(SourceFile file) {
        return parser.parse(file, new FurnitureCounter());
    }
}
