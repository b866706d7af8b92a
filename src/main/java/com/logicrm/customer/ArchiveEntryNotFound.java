package com.logicrm.customer;

import com.logicrm.shared.NotFound;

/** No such catalogue entry for this customer, or one the caller may not see. */
public class ArchiveEntryNotFound extends NotFound {

    ArchiveEntryNotFound(long id) {
        super("archive.entryNotFound", id);
    }
}
