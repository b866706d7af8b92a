package com.logicrm.collection;

import com.logicrm.customer.LifecycleStage;
import java.time.Instant;
import java.time.LocalDate;

/** A 客户跟踪记录表 as filed: its fields, who filled it in, and its catalogue number in the archive. */
public record TrackingRecord(long id, long customerId, String customerName, String archiveNo, LocalDate trackedOn,
        TrackingMethod method, String contactName, String content, String feedback, String nextStep,
        LocalDate nextDate, LifecycleStage stageBefore, LifecycleStage stageAfter, String recordedBy,
        String recordedByName, Instant recordedAt, String catalogueNo) {
}
