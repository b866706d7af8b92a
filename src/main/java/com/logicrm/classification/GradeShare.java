package com.logicrm.classification;

import java.math.BigDecimal;

/**
 * One ABC class of a run: how many customers, what they brought and their shares in percent beside the
 * share of revenue the class is expected to bring ({@code expectedShareFrom}–{@code To}, null where
 * nothing is expected). A margin share is null when the total margin is not positive.
 */
public record GradeShare(Grade grade, long customers, BigDecimal customerShare, BigDecimal revenue,
        BigDecimal revenueShare, BigDecimal margin, BigDecimal marginShare, BigDecimal expectedShareFrom,
        BigDecimal expectedShareTo, boolean withinExpectation) {
}
