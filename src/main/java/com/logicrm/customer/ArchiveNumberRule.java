package com.logicrm.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
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
        return forDate(date).apply(sequence);
    }

    /** The numbers of one day: the pattern is read once, then each number costs only its padding. */
    LongFunction<String> forDate(LocalDate date) {
        String withDate = pattern
                .replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{yy}", String.format("%02d", date.getYear() % 100))
                .replace("{MM}", String.format("%02d", date.getMonthValue()));
        List<String> literals = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        Matcher matcher = SEQUENCE.matcher(withDate);
        int last = 0;
        while (matcher.find()) {
            literals.add(withDate.substring(last, matcher.start()));
            widths.add(matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1)));
            last = matcher.end();
        }
        String tail = withDate.substring(last);
        return sequence -> {
            String digits = Long.toString(sequence);
            StringBuilder number = new StringBuilder(withDate.length() + 8);
            for (int i = 0; i < literals.size(); i++) {
                number.append(literals.get(i));
                for (int pad = digits.length(); pad < widths.get(i); pad++) {
                    number.append('0');
                }
                number.append(digits);
            }
            return number.append(tail).toString();
        };
    }
}
