package com.logicrm.shared.contact;

import com.logicrm.shared.InvalidField;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland China fixed-line number with its area code and an optional extension, held as
 * {@code 010-12345678} or {@code 0755-1234567-801}.
 */
public record Landline(String value) {

    /**
     * Area codes are 010 and 020–029 (3 digits) or 03xx–09xx (4 digits), so the code's length can be
     * told from its first digits even when no separator marks it. A local number never starts with 0
     * (that would be a second area code).
     */
    private static final Pattern NORMAL = Pattern.compile("(?:010|02\\d|0[3-9]\\d\\d)-[1-9]\\d{6,7}(?:-\\d{1,6})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[\\s\\-()]+");

    /** Refuses anything but the normal form; user input goes through {@link #parse}. */
    public Landline {
        if (value == null || !NORMAL.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a landline number in normal form: " + value);
        }
    }

    /**
     * Reads a number as people write it: {@code (010) 1234 5678}, {@code 0755-1234567-801},
     * {@code 0755 1234567 转 801}, {@code 01012345678}, {@code +86 10 12345678}.
     *
     * @throws InvalidField for {@code field}: {@code NotBlank} or {@code landline.invalid}
     */
    public static Landline parse(String field, String input) {
        String text = input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || GROUP_SEPARATORS.matcher(text).replaceAll("").isEmpty()) {
            throw new InvalidField(field, "NotBlank");
        }
        String extension = null;
        int transfer = text.indexOf('转');
        if (transfer >= 0) {
            extension = GROUP_SEPARATORS.matcher(text.substring(transfer + 1)).replaceAll("");
            text = text.substring(0, transfer);
        }
        if (text.startsWith("+86")) {
            text = withTrunkPrefix(text.substring(3));
        } else if (text.startsWith("0086")) {
            text = withTrunkPrefix(text.substring(4));
        }
        List<String> groups = new ArrayList<>();
        for (String group : GROUP_SEPARATORS.split(text)) {
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        String normal = normalForm(groups, extension);
        if (normal == null || !NORMAL.matcher(normal).matches()) {
            throw new InvalidField(field, "landline.invalid");
        }
        return new Landline(normal);
    }

    public static boolean isValid(String input) {
        try {
            parse("value", input);
            return true;
        } catch (InvalidField e) {
            return false;
        }
    }

    /** With its leading 0: {@code 010}, {@code 0755}. */
    public String areaCode() {
        return value.split("-")[0];
    }

    /** The local number, 7 or 8 digits. */
    public String number() {
        return value.split("-")[1];
    }

    public Optional<String> extension() {
        String[] parts = value.split("-");
        return parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    /** "+86 10 12345678": the international form leaves out the area code's 0. */
    private static String withTrunkPrefix(String rest) {
        String number = rest.replaceFirst("^[\\s\\-()]+", "");
        return number.startsWith("0") ? number : "0" + number;
    }

    /**
     * Area code from the first digits, the local number after it; a last group that would make the
     * local number longer than 8 digits is the extension ("0755-1234567-801"). Null when the groups
     * cannot be read that way.
     */
    private static String normalForm(List<String> groups, String extension) {
        if (groups.isEmpty() || !groups.stream().allMatch(g -> DIGITS.matcher(g).matches())
                || (extension != null && !DIGITS.matcher(extension).matches())) {
            return null;
        }
        String digits = String.join("", groups);
        if (digits.length() < 3 || digits.charAt(0) != '0') {
            return null;
        }
        int areaLength = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
        String area = digits.substring(0, Math.min(areaLength, digits.length()));
        String local = digits.substring(area.length());
        String last = groups.get(groups.size() - 1);
        if (extension == null && local.length() > 8 && groups.size() > 1
                && digits.length() - last.length() > areaLength) {
            extension = last;
            local = local.substring(0, local.length() - last.length());
        }
        return area + "-" + local + (extension == null ? "" : "-" + extension);
    }
}
