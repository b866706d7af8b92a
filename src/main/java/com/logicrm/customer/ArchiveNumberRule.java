package com.logicrm.customer;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How archive numbers (档案编号) look: a pattern with {@code {yyyy}}, {@code {yy}}, {@code {MM}} and
 * {@code {seq:N}} (the yearly sequence, zero-padded to N digits); the default is {@code KH-{yyyy}-{seq:6}}.
 */
record ArchiveNumberRule(String pattern) {

    static final String DEFAULT = "KH-{yyyy}-{seq:6}";
    private static final Pattern SEQUENCE = Pattern.compile("\\{seq(?::(\\d{1,2}))?}");

    ArchiveNumberRule {
        if (pattern == null || pattern.isBlank()) {
            pattern = DEFAULT;
        }
        if (!SEQUENCE.matcher(pattern).find()) {
            throw new IllegalArgumentException("An archive number rule needs {seq}: " + pattern);
        }
    }

    String format(LocalDate date, long sequence) {
        String result = pattern
                .replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{yy}", String.format("%02d", date.getYear() % 100))
                .replace("{MM}", String.format("%02d", date.getMonthValue()));
        Matcher matcher = SEQUENCE.matcher(result);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int width = matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
            matcher.appendReplacement(out, String.format("%0" + width + "d", sequence));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
