package com.logicrm.collection;

/** A one-time link that is unknown, already used or expired: the public page answers 410 Gone. */
public class SurveyLinkGone extends RuntimeException {

    SurveyLinkGone() {
        super("survey link used, expired or unknown");
    }
}
