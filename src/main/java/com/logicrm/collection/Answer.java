package com.logicrm.collection;

import java.util.List;

/**
 * The answer to one question: the chosen option codes (choice questions), the point on the 1–5 scale,
 * or the text. Leave the others empty.
 */
public record Answer(String question, List<String> choices, Integer scale, String text) {

    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
