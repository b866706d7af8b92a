package com.logicrm.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed-line number with its area code, normalised to {@code 010-12345678} or
 * {@code 0755-1234567-801}; brackets, spaces and 转 for the extension are understood.
 */
public record Landline(String value) {

    private static final Pattern FORM = Pattern.compile("(0\\d{2,3})-?(\\d{7,8})(?:-(\\d{1,6}))?");

    public static Landline parse(String field, String text) {
        String normalised = normalise(text);
        if (normalised == null) {
            throw new InvalidField(field, "landline.invalid", text == null ? "" : text.trim());
        }
        return new Landline(normalised);
    }

    public static boolean isValid(String text) {
        return normalise(text) != null;
    }

    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.trim().replace('（', '(').replace('）', ')').replaceAll("\\s", "")
                .replaceAll("^\\((0\\d{2,3})\\)", "$1-").replaceAll("(转|ext\\.?|x)", "-").replaceAll("-+", "-");
        Matcher matcher = FORM.matcher(compact);
        if (!matcher.matches()) {
            return null;
        }
        String number = matcher.group(1) + "-" + matcher.group(2);
        return matcher.group(3) == null ? number : number + "-" + matcher.group(3);
    }
}
