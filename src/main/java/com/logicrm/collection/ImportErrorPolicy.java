package com.logicrm.collection;

/** What a bad row does to the rest of the file: skipped and reported, or the whole file refused. */
public enum ImportErrorPolicy {
    SKIP, REFUSE
}
