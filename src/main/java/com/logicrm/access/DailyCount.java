package com.logicrm.access;

import java.time.LocalDate;

/** How many events of a kind happened on a day. */
public record DailyCount(LocalDate day, long events) {
}
