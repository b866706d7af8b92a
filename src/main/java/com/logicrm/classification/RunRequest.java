package com.logicrm.classification;

import java.time.LocalDate;

/** What a run classifies: the orders dated {@code periodFrom} to {@code periodTo}, ranked by {@code basis}. */
public record RunRequest(LocalDate periodFrom, LocalDate periodTo, Basis basis, AbcRules rules, RfmRules rfm) {
}
