package com.logicrm.shipment;

/** What was done for the customer (TXN-1): transport, warehousing, distribution, processing, express. */
public enum ServiceType {
    TRANSPORT, WAREHOUSING, DISTRIBUTION, PROCESSING, EXPRESS
}
