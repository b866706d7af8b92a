package com.logicrm.customer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The index terms of a customer's names. Chinese queries are typically 1–4 characters ("顺丰",
 * "中远海运"), which trigram indexes cannot serve; so every Han character and every pair of
 * neighbouring Han characters is a term, and Latin letters and digits contribute pairs. A query's own
 * terms must all be present (a GIN-indexed array containment); a {@code LIKE} then confirms the order.
 */
final class SearchGrams {

    private SearchGrams() {
    }

    static Set<String> of(String... texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                collect(text, grams, true);
            }
        }
        return grams;
    }

    /** The terms a search fragment needs; empty when the fragment is too short to narrow anything. */
    static Set<String> ofQuery(String fragment) {
        Set<String> grams = new LinkedHashSet<>();
        if (fragment != null) {
            collect(fragment, grams, false);
        }
        return grams;
    }

    private static void collect(String text, Set<String> grams, boolean withHanUnigrams) {
        String lower = text.toLowerCase(Locale.ROOT);
        int[] points = lower.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int current = points[i];
            boolean han = isHan(current);
            if (han && (withHanUnigrams || !hasHanNeighbour(points, i))) {
                grams.add(Character.toString(current));
            }
            if (i + 1 < points.length && sameRun(current, points[i + 1])) {
                grams.add(Character.toString(current) + Character.toString(points[i + 1]));
            }
        }
    }

    /** A lone Han character in a query is its own term; inside a run its pairs already say more. */
    private static boolean hasHanNeighbour(int[] points, int i) {
        return (i > 0 && isHan(points[i - 1])) || (i + 1 < points.length && isHan(points[i + 1]));
    }

    private static boolean sameRun(int a, int b) {
        return (isHan(a) && isHan(b)) || (isLatinOrDigit(a) && isLatinOrDigit(b));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9');
    }
}
