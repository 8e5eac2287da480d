package io.reportqa.ingest;

import java.util.EnumMap;
import java.util.Map;

/** Counts the furniture lines dropped during a parse, for one log line at the end. */
public final class FurnitureCounter {

    private final Map<Furniture, Integer> counts = new EnumMap<>(Furniture.class);

    void add(Furniture kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    public Map<Furniture, Integer> counts() {
        return Map.copyOf(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
