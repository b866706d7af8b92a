package com.logicrm.collection;

import java.time.Instant;

/** What the public answer page shows: the questionnaire and the customer's name, nothing else. */
public record OpenSurvey(Questionnaire questionnaire, String customerName, Instant expiresAt) {
}
