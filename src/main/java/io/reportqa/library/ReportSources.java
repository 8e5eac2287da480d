package io.reportqa.library;

import io.reportqa.ingest.CorpusReader;
import io.reportqa.ingest.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Report sources on local disk: the bundled corpus folder (read only, so it can be baked into an image),
 * reports uploaded since (text files under {@code <data>/uploads}), less the reports removed since (listed in
 * {@code <data>/removed-reports.txt} by id and file). Every write is a whole-file atomic replace. An upload is
 * marked pending (an empty file of its name under {@code <data>/pending-uploads}) from before it is written until
 * it is confirmed, so a start after a crash can drop what no client was told about; uploads that cannot be served
 * are moved to {@code <data>/quarantine}. Only this process sees its data folder, so this store suits a single
 * instance (the embedded index).
 */
public final class ReportSources implements SourceStore {

    private static final String REMOVED = "removed-reports.txt";
    private static final System.Logger LOG = System.getLogger(ReportSources.class.getName());

    private final Path corpusDir;
    private final Path uploadsDir;
    private final Path removedFile;
    private final Path pendingDir;
    private final Path quarantineDir;
    private final CorpusReader reader = new CorpusReader();

    public ReportSources(Path corpusDir, Path dataDir) {
        this.corpusDir = corpusDir;
        this.uploadsDir = dataDir.resolve(UPLOADS);
        this.removedFile = dataDir.resolve(REMOVED);
        this.pendingDir = dataDir.resolve("pending-uploads");
        this.quarantineDir = dataDir.resolve("quarantine");
    }

    @Override
    public List<SourceFile> files() {
        List<SourceFile> out = new ArrayList<>(reader.read(corpusDir));
        if (Files.isDirectory(uploadsDir)) {
            reader.read(uploadsDir).forEach(f -> out.add(new SourceFile(UPLOADS + "/" + f.name(), f.text())));
        }
        return out;
    }

    @Override
    public Set<String> removed() {
        try {
            if (!Files.exists(removedFile)) {
                return Set.of();
            }
            Set<String> out = new LinkedHashSet<>();
            Files.readAllLines(removedFile, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + removedFile, e);
        }
    }

    @Override
    public String store(String stem, String text) {
        try {
            Files.createDirectories(uploadsDir);
            String name = freeName(stem);
            Files.createDirectories(pendingDir);
            Files.writeString(pendingDir.resolve(name), "");
            try {
                forgetRemovals(UPLOADS + "/" + name);
                write(uploadsDir.resolve(name), text);
            } catch (IOException | UncheckedIOException e) {
                Files.deleteIfExists(pendingDir.resolve(name));
                throw e;
            }
            return UPLOADS + "/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an uploaded report: " + e.getMessage(), e);
        }
    }

    @Override
    public void confirm(String sourceName) {
        try {
            Files.deleteIfExists(pendingDir.resolve(fileName(sourceName)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot confirm " + sourceName, e);
        }
    }

    @Override
    public List<String> dropUnconfirmed() {
        List<String> dropped = new ArrayList<>();
        try {
            removeTemporaryFiles();
            if (!Files.isDirectory(pendingDir)) {
                return dropped;
            }
            try (Stream<Path> pending = Files.list(pendingDir)) {
                for (Path marker : pending.sorted().toList()) {
                    String name = UPLOADS + "/" + marker.getFileName();
                    discard(name);
                    Files.deleteIfExists(marker);
                    dropped.add(name);
                }
            }
            return dropped;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the pending uploads under " + pendingDir, e);
        }
    }

    /** Half-written files of a write that never finished (a crash, a full disk): never read, so removed. */
    private void removeTemporaryFiles() throws IOException {
        for (Path dir : List.of(uploadsDir, removedFile.getParent())) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                    LOG.log(System.Logger.Level.INFO, "removing {0}, left by a write that did not finish", f);
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Override
    public Optional<String> quarantine(String sourceName) {
        if (!SourceStore.isUpload(sourceName)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(quarantineDir);
            Path target = quarantineDir.resolve(fileName(sourceName));
            for (int i = 2; Files.exists(target); i++) {
                target = quarantineDir.resolve(fileName(sourceName) + "." + i);
            }
            Files.move(uploadsDir.resolve(fileName(sourceName)), target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(pendingDir.resolve(fileName(sourceName)));
            forgetRemovals(sourceName);
            return Optional.of(target.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + sourceName + " to " + quarantineDir, e);
        }
    }

    private static String fileName(String sourceName) {
        return sourceName.substring(sourceName.lastIndexOf('/') + 1);
    }

    @Override
    public void discard(String sourceName) {
        if (!SourceStore.isUpload(sourceName)) {
            return;
        }
        try {
            Files.deleteIfExists(uploadsDir.resolve(fileName(sourceName)));
            Files.deleteIfExists(pendingDir.resolve(fileName(sourceName)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + sourceName, e);
        }
        forgetRemovals(sourceName);
    }

    /** Drops the removal keys naming an upload that is gone or about to be replaced by a new file of its name. */
    private void forgetRemovals(String sourceName) {
        Set<String> keys = new LinkedHashSet<>(removed());
        if (keys.removeIf(k -> SourceStore.keyNames(k, sourceName))) {
            writeRemoved(keys);
        }
    }

    @Override
    public void markRemoved(String key) {
        Set<String> keys = new LinkedHashSet<>(removed());
        if (keys.add(key)) {
            writeRemoved(keys);
        }
    }

    /** The names, sizes and modification times of the uploads and of the removal list. */
    @Override
    public String version() {
        StringBuilder state = new StringBuilder();
        try {
            if (Files.isDirectory(uploadsDir)) {
                try (Stream<Path> files = Files.list(uploadsDir)) {
                    for (Path f : files.sorted().toList()) {
                        append(state, f);
                    }
                }
            }
            if (Files.exists(removedFile)) {
                append(state, removedFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + uploadsDir, e);
        }
        return SourceStore.digest(state.toString());
    }

    private static void append(StringBuilder state, Path f) throws IOException {
        state.append(f.getFileName()).append('\t').append(Files.size(f)).append('\t')
                .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
    }

    private void writeRemoved(Set<String> ids) {
        try {
            Files.createDirectories(removedFile.getParent());
            write(removedFile, String.join("\n", ids) + (ids.isEmpty() ? "" : "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + removedFile, e);
        }
    }

    private String freeName(String stem) {
        String safe = SourceStore.safeStem(stem);
        String name = safe + ".txt";
        for (int i = 2; Files.exists(uploadsDir.resolve(name)) || Files.exists(pendingDir.resolve(name)); i++) {
            name = safe + "-" + i + ".txt";
        }
        return name;
    }

    /** Whole or not at all: a write that fails (a full disk, say) leaves the old file and no half-written one. */
    private static void write(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
