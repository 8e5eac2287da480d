package io.reportqa.answer;

import java.util.ArrayList;
import java.util.List;

/** Cuts answer text for streaming: after each sentence and each line break; the pieces concatenate to it. */
public final class AnswerPieces {

    private AnswerPieces() {
    }

    public static List<String> of(String answer) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < answer.length(); i++) {
            if ("。！？\n".indexOf(answer.charAt(i)) >= 0) {
                out.add(answer.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < answer.length()) {
            out.add(answer.substring(start));
        }
        return out;
    }
}
