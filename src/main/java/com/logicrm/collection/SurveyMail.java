package com.logicrm.collection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a one-time link to the customer, in Chinese. Without a mail server ({@code spring.mail.host}
 * unset) there is no sender and nothing is sent; a server that refuses is logged. Either way the
 * caller is told, so the person can copy the link instead.
 */
@Component
class SurveyMail {

    private static final Logger log = LoggerFactory.getLogger(SurveyMail.class);
    private static final Locale CUSTOMER_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final QuestionnaireSettings settings;

    SurveyMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, QuestionnaireSettings settings) {
        this.sender = sender;
        this.messages = messages;
        this.settings = settings;
    }

    /** Whether the mail was handed to the mail server. */
    boolean send(String to, String customerName, Questionnaire questionnaire, String url, Instant expiresAt) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to);
        message.setSubject(messages.getMessage("questionnaire.mail.subject", new Object[] {questionnaire.title()},
                CUSTOMER_LANGUAGE));
        String until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                .format(expiresAt);
        message.setText(messages.getMessage("questionnaire.mail.body",
                new Object[] {customerName, questionnaire.title(), url, until}, CUSTOMER_LANGUAGE));
        try {
            mail.send(message);
            return true;
        } catch (MailException refused) {
            log.warn("Could not mail a questionnaire link to {}: {}", to, refused.getMessage());
            return false;
        }
    }
}
