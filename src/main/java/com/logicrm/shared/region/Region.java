package com.logicrm.shared.region;

/**
 * One administrative division of the catalogue in {@link Regions}.
 *
 * @param code       6-digit GB/T 2260 code, e.g. {@code 440305}
 * @param name       the division's own name, e.g. {@code 南山区}
 * @param level      province, city (prefecture) or county
 * @param parentCode the code of the division it belongs to; null for a province
 */
public record Region(String code, String name, Level level, String parentCode) {

    public enum Level { PROVINCE, CITY, COUNTY }
}
