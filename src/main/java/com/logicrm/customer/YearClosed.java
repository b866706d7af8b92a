package com.logicrm.customer;

import com.logicrm.shared.Conflict;

/** The year's annual volume is closed: what it holds no longer changes, and nothing more goes in. */
public class YearClosed extends Conflict {

    YearClosed(int year) {
        super("archive.yearClosed", year);
    }
}
