package com.logicrm.collection;

/** What a cell's text must look like so that no spreadsheet program takes it for a formula. */
final class Cells {

    private Cells() {
    }

    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
