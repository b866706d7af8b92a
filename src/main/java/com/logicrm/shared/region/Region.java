package com.logicrm.shared.region;

/** One administrative division of GB/T 2260. */
public record Region(String code, String name, Level level, String parentCode) {

    public enum Level { PROVINCE, CITY, COUNTY }
}
