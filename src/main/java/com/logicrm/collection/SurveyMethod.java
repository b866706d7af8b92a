package com.logicrm.collection;

/**
 * How a 企业基本情况调查表 was filled in: on a visit at the enterprise, by phone or by mail. Each name is
 * the code of that method in the dictionary of information sources (COL-1), so the archive's change
 * history cites it as where the facts came from.
 */
public enum SurveyMethod {
    DOOR_TO_DOOR, PHONE_SURVEY, MAIL_SURVEY;

    /** The COL-1 source code the archive's history rows cite. */
    String sourceCode() {
        return name();
    }
}
