package com.logicrm.collection;

import static com.logicrm.collection.FormFields.notAfter;
import static com.logicrm.collection.FormFields.text;

import com.logicrm.shared.InvalidField;
import java.time.LocalDate;

/** What a 客户跟踪记录表 must hold before it is filed, and how it reads in the archive's catalogue. */
final class TrackingRules {

    private TrackingRules() {
    }

    static NewTrackingRecord checked(NewTrackingRecord given, LocalDate today) {
        if (given.trackedOn() == null) {
            throw new InvalidField("trackedOn", "tracking.dateRequired");
        }
        notAfter(given.trackedOn(), today, "trackedOn");
        if (given.method() == null) {
            throw new InvalidField("method", "tracking.methodRequired");
        }
        String content = text(given.content(), "content", 2000);
        if (content == null) {
            throw new InvalidField("content", "tracking.contentRequired");
        }
        if (given.nextDate() != null && given.nextDate().isBefore(given.trackedOn())) {
            throw new InvalidField("nextDate", "tracking.nextDateBefore");
        }
        if (given.stageAfter() != null && !given.stageAfter().current()) {
            throw new InvalidField("stageAfter", "tracking.stageNotCurrent");
        }
        return new NewTrackingRecord(given.trackedOn(), given.method(), text(given.contactName(), "contactName", 60),
                content, text(given.feedback(), "feedback", 2000), text(given.nextStep(), "nextStep", 500),
                given.nextDate(), given.stageAfter());
    }

    /** The record in a few lines, as the catalogue entry's notes (the archive's catalogue is in Chinese). */
    static String summary(NewTrackingRecord form) {
        StringBuilder text = new StringBuilder(form.content());
        if (form.feedback() != null) {
            text.append("\n客户反馈：").append(form.feedback());
        }
        if (form.nextStep() != null || form.nextDate() != null) {
            text.append("\n下一步：").append(form.nextStep() == null ? "" : form.nextStep())
                    .append(form.nextDate() == null ? "" : "（" + form.nextDate() + "）");
        }
        return FormFields.notes(text);
    }
}
