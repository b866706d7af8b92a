package com.logicrm.collection;

/** What a questionnaire is for (COL-4): satisfaction (满意度调查), needs (需求调查), or something else. */
public enum QuestionnairePurpose {
    SATISFACTION, NEEDS, OTHER
}
