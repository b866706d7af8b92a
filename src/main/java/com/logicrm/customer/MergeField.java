package com.logicrm.customer;

/**
 * One fact on which the two customers of a merge differ, shown side by side.
 *
 * @param field    the fact's name in {@link CustomerFacts} ({@code name}, {@code phone}, {@code operator} …)
 * @param label    message key of its label
 * @param survivor the survivor's value as text (masked as the caller would see it)
 * @param merged   the other customer's value as text
 * @param proposed the choice offered first: the survivor's value unless it has none
 */
public record MergeField(String field, String label, String survivor, String merged, MergeChoice proposed) {
}
