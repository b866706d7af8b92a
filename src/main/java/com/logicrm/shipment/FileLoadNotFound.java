package com.logicrm.shipment;

import com.logicrm.shared.DomainProblem;

/** No such shipment file load, or one started by someone else (404). */
public class FileLoadNotFound extends DomainProblem {

    public FileLoadNotFound(long id) {
        super(Kind.NOT_FOUND, "shipment.load.notFound", id);
    }
}
