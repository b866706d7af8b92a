package com.logicrm.classification;

/** Between two runs: how many customers were {@code from} in the earlier and {@code to} in the later (null: absent). */
public record GradeMove(Grade from, Grade to, long customers) {
}
