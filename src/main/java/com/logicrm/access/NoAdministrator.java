package com.logicrm.access;

/** Nobody could ever sign in: the database has no users and no administrator password was given. */
class NoAdministrator extends RuntimeException {

    NoAdministrator() {
        super("The database has no users and LOGICRM_ADMIN_PASSWORD is not set, so nobody could sign in.");
    }
}
