package io.reportqa.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Bytes on disk of Lucene index files under a folder, by kind: raw vectors ({@code .vec}), the HNSW graph
 * ({@code .vex}), compound files (a small or force-merged segment packed into one file, kinds not told apart) and
 * everything else (postings, stored fields, norms, doc values). Counts one copy: for SolrCloud, the first replica
 * folder of each shard found.
 */
final class IndexSizes {

    private IndexSizes() {
    }

    /** Sizes of the index folders whose names start with {@code prefix}, one folder per distinct name stem. */
    static Map<String, Long> of(Path root, String prefix) throws IOException {
        Map<String, Long> bytes = new TreeMap<>();
        Map<String, Path> onePerShard = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path dir : all.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith(prefix)) {
                    onePerShard.putIfAbsent(name.replaceAll("_replica.*", ""), dir);
                }
            }
        }
        for (Path dir : onePerShard.values()) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String n = f.getFileName().toString();
                    String kind = n.endsWith(".vec") ? "raw vectors" : n.endsWith(".vex") ? "HNSW graph"
                            : n.endsWith(".cfs") ? "compound files" : isIndexFile(f) ? "text index and stored fields"
                            : null;
                    if (kind != null) {
                        bytes.merge(kind, Files.size(f), Long::sum);
                    }
                }
            }
        }
        return bytes;
    }

    private static boolean isIndexFile(Path f) {
        // Transaction logs and Solr's own files are not part of the Lucene index.
        return f.getParent().getFileName().toString().startsWith("index")
                && !List.of("write.lock").contains(f.getFileName().toString());
    }

    static void print(String what, Map<String, Long> bytes, int passages) {
        long total = bytes.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder kinds = new StringBuilder();
        bytes.forEach((kind, b) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(kind).append(' ')
                .append(b / passages));
        System.out.printf("%s: %d bytes for %d passages = %d bytes/passage (%s)%n", what, total, passages,
                total / passages, kinds);
    }
}
