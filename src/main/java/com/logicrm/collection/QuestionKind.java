package com.logicrm.collection;

/** What a question asks for: one option, several options, a point on a 1–5 scale, or free text. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, TEXT;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Free text is read, not scored. */
    public boolean scored() {
        return this != TEXT;
    }
}
