package com.logicrm.collection;

/**
 * One option of a choice question.
 *
 * @param code   what an answer names ({@code A}, {@code B} … when left out)
 * @param label  what people read
 * @param points what choosing it is worth, 0–100
 */
public record ChoiceOption(String code, String label, Integer points) {
}
