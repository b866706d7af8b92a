package com.logicrm.shipment;

import com.logicrm.shared.InvalidField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a market size and the company indicators refer to: a calendar year ({@code 2026}) or a
 * month ({@code 2026-11}). {@code month} is null for a year.
 */
public record MarketPeriod(int year, Integer month) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    public MarketPeriod {
        if (year < 2000 || year > 2999 || month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("not a period: " + year + "-" + month);
        }
    }

    /**
     * Reads {@code 2026} or {@code 2026-11}.
     *
     * @throws InvalidField for {@code field} with {@code kpi.period.malformed} otherwise
     */
    public static MarketPeriod parse(String field, String text) {
        Matcher form = FORM.matcher(text == null ? "" : text.strip());
        if (!form.matches()) {
            throw new InvalidField(field, "kpi.period.malformed", text == null ? "" : text);
        }
        int year = Integer.parseInt(form.group(1));
        Integer month = form.group(2) == null ? null : Integer.valueOf(form.group(2));
        if (year < 2000 || year > 2999 || month != null && (month < 1 || month > 12)) {
            throw new InvalidField(field, "kpi.period.malformed", text);
        }
        return new MarketPeriod(year, month);
    }

    public static MarketPeriod yearOf(LocalDate day) {
        return new MarketPeriod(day.getYear(), null);
    }

    /** The first day of the period. */
    public LocalDate from() {
        return month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
    }

    /** The last day of the period. */
    public LocalDate to() {
        return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    @Override
    public String toString() {
        return month == null ? Integer.toString(year) : "%d-%02d".formatted(year, month);
    }
}
