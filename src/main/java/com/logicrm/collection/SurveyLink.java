package com.logicrm.collection;

import java.time.Instant;

/**
 * A one-time link sent to a customer. The address is shown once, when it is made; only a hash of its
 * token is kept. {@code mailed} is false when no mail server is configured or no address was given:
 * then the person copies the link and passes it on.
 */
public record SurveyLink(long id, long customerId, long questionnaireId, String url, Instant expiresAt,
        String sentTo, boolean mailed) {
}
