package com.logicrm.classification;

/**
 * The eight RFM segments (CLS-6) by whether recency, frequency and monetary value score high: the
 * usual 重要价值 / 重要发展 / 重要保持 / 重要挽留 and 一般… set. Names are in the message bundle under
 * {@code classification.segment.<NAME>}.
 */
public enum RfmSegment {
    IMPORTANT_VALUE(true, true, true),
    IMPORTANT_DEVELOP(true, false, true),
    IMPORTANT_RETAIN(false, true, true),
    IMPORTANT_WIN_BACK(false, false, true),
    GENERAL_VALUE(true, true, false),
    GENERAL_DEVELOP(true, false, false),
    GENERAL_RETAIN(false, true, false),
    GENERAL_WIN_BACK(false, false, false);

    private final boolean recent;
    private final boolean frequent;
    private final boolean valuable;

    RfmSegment(boolean recent, boolean frequent, boolean valuable) {
        this.recent = recent;
        this.frequent = frequent;
        this.valuable = valuable;
    }

    boolean recent() {
        return recent;
    }

    boolean frequent() {
        return frequent;
    }

    boolean valuable() {
        return valuable;
    }
}
