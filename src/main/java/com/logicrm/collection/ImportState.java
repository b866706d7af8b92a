package com.logicrm.collection;

/** Where an uploaded file is: waiting, being checked or imported, or done one way or another. */
public enum ImportState {
    UPLOADED, CHECKING, CHECKED, IMPORTING, IMPORTED, REFUSED, FAILED;

    public boolean busy() {
        return this == CHECKING || this == IMPORTING;
    }
}
