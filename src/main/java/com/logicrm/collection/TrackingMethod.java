package com.logicrm.collection;

/** How a customer was followed up: visit, phone call, e-mail, instant message, meeting. */
public enum TrackingMethod {
    VISIT, PHONE, EMAIL, MESSAGE, MEETING, OTHER
}
