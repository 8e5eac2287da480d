package io.reportqa.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded least-recently-used map from text to its embedding. Questions recur (the same question from many
 * users, a follow-up re-asking the earlier turn) and the composer compares questions with the same report
 * sentences again and again; a model run costs milliseconds, a lookup microseconds. Vectors are shared, never
 * copied: callers must not modify them.
 */
final class EmbeddingCache {

    private final int capacity;
    private final Map<String, float[]> entries;
    private long hits;
    private long misses;

    EmbeddingCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > EmbeddingCache.this.capacity;
            }
        };
    }

    /** The cached vector, or null; a disabled cache (capacity 0) always misses. */
    synchronized float[] get(String text) {
        float[] v = capacity == 0 ? null : entries.get(text);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    synchronized void put(String text, float[] vector) {
        if (capacity > 0) {
            entries.put(text, vector);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized String stats() {
        return String.format("%d entries, %d hits, %d misses", entries.size(), hits, misses);
    }
}
