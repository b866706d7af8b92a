package com.logicrm.collection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code logicrm.questionnaire.*}: how long a one-time link stays open, the address links are built
 * on (empty: the address the sender used), and the sender of link mails.
 */
@ConfigurationProperties("logicrm.questionnaire")
record QuestionnaireSettings(@DefaultValue("14d") Duration linkLifetime, String publicUrl,
        @DefaultValue("noreply@logicrm.local") String mailFrom) {
}
