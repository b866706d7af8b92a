package com.logicrm.shared.database;

/** Another LogiCRM (or another PostgreSQL) already works on this data directory. */
public class DataDirectoryInUse extends RuntimeException {

    DataDirectoryInUse(DataDirectory directory) {
        super("The data directory " + directory.root() + " is already in use by another LogiCRM process. "
                + "Stop that process, or start this one with another directory (LOGICRM_DATA_DIR=/path/to/data).");
    }
}
