package com.logicrm.classification.inactivity;

import java.time.LocalDate;

/**
 * A customer on the inactivity worklist: who it is (as the reader may see it), its grade in the newest
 * run (null: not graded), its latest order, how many days it has been silent and after how many days its
 * grade is listed.
 */
public record InactiveCustomer(long customerId, String archiveNo, String name, String grade, LocalDate lastOrderOn,
        long daysSilent, int thresholdDays, LocalDate foundOn) {
}
