package com.logicrm.customer;

/** What a document of the archive is (ARC-8). */
public enum DocumentType {
    AGENCY_CONTRACT, LETTER, FAX, CALL_RECORD, NEGOTIATION, VISIT_REPORT, LICENCE, OTHER
}
