package com.logicrm.collection;

import java.math.BigDecimal;

/**
 * One thing a questionnaire measures (服务态度, 时效, 价格 …) and how much it counts in the overall score.
 *
 * @param code   short key the questions name ({@code d1}, {@code d2} … when left out)
 * @param name   what people read
 * @param weight relative weight, greater than 0 (1 when left out)
 */
public record Dimension(String code, String name, BigDecimal weight) {
}
