package com.logicrm.classification.screening;

import java.util.List;

/** A page of a screening's customers in id order; {@code nextAfter} is the id to continue after, null at the end. */
public record ScreeningPage(List<ScreeningLine> lines, Long nextAfter) {

    public ScreeningPage {
        lines = List.copyOf(lines);
    }
}
