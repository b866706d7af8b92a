package com.logicrm.collection;

/** The families of COL-1's collection methods, as the dictionary groups them. */
public enum SourceChannel {
    GENERAL, SURVEY, ONLINE, PROMOTION, NETWORK, SYSTEM
}
