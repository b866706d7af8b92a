package com.logicrm.collection;

import com.logicrm.customer.LifecycleStage;
import java.time.LocalDate;

/**
 * A filled-in 客户跟踪记录表: when and how the customer was followed up, with whom, what was said, what
 * the customer answered, what comes next and when; {@code stageAfter} moves the customer to that
 * lifecycle stage if it differs (optional).
 */
public record NewTrackingRecord(LocalDate trackedOn, TrackingMethod method, String contactName, String content,
        String feedback, String nextStep, LocalDate nextDate, LifecycleStage stageAfter) {
}
