package com.logicrm.collection;

import java.math.BigDecimal;

/**
 * The score of one dimension, 0–100 with one decimal, or null when none of its questions was answered.
 *
 * @param answered how many of its scored questions were answered
 * @param scored   how many scored questions it has
 */
public record DimensionScore(String dimension, String name, BigDecimal score, int answered, int scored) {
}
