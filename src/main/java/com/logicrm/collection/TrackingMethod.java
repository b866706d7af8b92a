package com.logicrm.collection;

/** How a customer was followed up: visit, phone call, e-mail, instant message, meeting. */
public enum TrackingMethod {
    VISIT("上门拜访"), PHONE("电话"), EMAIL("电子邮件"), MESSAGE("微信/短信"), MEETING("会议"), OTHER("其他");

    private final String archiveLabel;

    TrackingMethod(String archiveLabel) {
        this.archiveLabel = archiveLabel;
    }

    /** The archive is kept in Chinese whatever the language of the screen it was entered on. */
    String archiveLabel() {
        return archiveLabel;
    }
}
