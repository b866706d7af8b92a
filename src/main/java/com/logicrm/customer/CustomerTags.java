package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A customer's free tags (ARC-15) in their one stored form: trimmed, blank ones dropped, each once,
 * in the order given. A handful per customer, short enough for a badge.
 */
public final class CustomerTags {

    static final int MAX_TAGS = 20;
    static final int MAX_LENGTH = 30;
    /** What separates tags where they are typed as one text (the form): commas, 、 and semicolons. */
    static final Pattern SEPARATORS = Pattern.compile("[,，、;；]");

    private CustomerTags() {
    }

    static List<String> normalised(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : given) {
            String trimmed = tag == null ? "" : tag.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
                throw new InvalidField("tags", "customer.tags.tooLong", trimmed, MAX_LENGTH);
            }
            // a tag holding a separator would fall apart into two the next time the form is saved
            if (SEPARATORS.matcher(trimmed).find()) {
                throw new InvalidField("tags", "customer.tags.separator", trimmed);
            }
            tags.add(trimmed);
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidField("tags", "customer.tags.tooMany", MAX_TAGS);
        }
        return List.copyOf(tags);
    }

    /** Tags typed as one text, separated by commas or 、 (the form's field). */
    public static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(SEPARATORS.split(text));
    }

    /** The form's text for tags: the inverse of {@link #split}. */
    public static String joined(List<String> tags) {
        return tags == null ? "" : String.join("、", tags);
    }
}
