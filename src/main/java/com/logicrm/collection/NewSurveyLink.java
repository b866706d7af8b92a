package com.logicrm.collection;

/** Which questionnaire to send, and to which e-mail address (optional: without one the link is only shown). */
public record NewSurveyLink(Long questionnaireId, String email) {
}
