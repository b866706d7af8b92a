package com.logicrm.collection;

/** A draft is being written; a published questionnaire takes answers; a closed one takes no more. */
public enum QuestionnaireStatus {
    DRAFT, PUBLISHED, CLOSED
}
