package com.logicrm.collection;

/** What an import does with its rows: file new cards, update existing ones, or whichever fits the row. */
public enum ImportMode {
    INSERT, UPDATE, BOTH;

    boolean inserts() {
        return this != UPDATE;
    }

    boolean updates() {
        return this != INSERT;
    }
}
