package com.logicrm.shipment;

import com.logicrm.shared.DomainProblem;

/** A batch with more items than one request may carry (413); split it. */
public class BatchTooLarge extends DomainProblem {

    public BatchTooLarge(int size, int max) {
        super(Kind.TOO_LARGE, "shipment.batch.tooLarge", size, max);
    }
}
