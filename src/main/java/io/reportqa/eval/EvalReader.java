package io.reportqa.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads an evaluation file: one JSON object a line, blank lines skipped; a bad line is an error naming it. */
public final class EvalReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public List<EvalItem> read(String jsonLines) {
        List<EvalItem> items = new ArrayList<>();
        String[] lines = jsonLines.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                EvalItem item = JSON.readValue(line, EvalItem.class);
                if (item.question() == null || item.question().isBlank()) {
                    throw new IllegalArgumentException("line " + (i + 1) + " has no question");
                }
                items.add(item);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not a question object: "
                        + e.getOriginalMessage());
            }
        }
        return items;
    }
}
