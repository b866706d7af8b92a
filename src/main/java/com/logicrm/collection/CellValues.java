package com.logicrm.collection;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the text of a cell as the value of a field, accepting what spreadsheets from Chinese offices
 * hold: full-width digits and spaces in codes, dates as 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日,
 * 20240301 or Excel serial numbers, amounts with thousands separators, 元 or 万元.
 */
final class CellValues {

    /** A cell whose text is not a value of its field; the code is a message key. */
    static final class Unreadable extends RuntimeException {
        private final String code;

        Unreadable(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
    /** Excel serials from 1950 to 2100: a plain number in a date column outside that is no date. */
    private static final double FIRST_SERIAL = 18264;
    private static final double LAST_SERIAL = 73051;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private CellValues() {
    }

    /** Text as typed, surrounding spaces of every width taken off; null when nothing is left. */
    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String stripped = cell.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A code: full-width forms folded to ASCII, every space taken out. */
    static String code(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return folded.isEmpty() ? null : folded;
    }

    static LocalDate date(String cell) {
        String text = code(cell) == null ? null : Normalizer.normalize(cell.strip(), Normalizer.Form.NFKC).strip();
        if (text == null) {
            return null;
        }
        try {
            Matcher ymd = YMD.matcher(text);
            if (ymd.matches()) {
                return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3)));
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
            if (SERIAL.matcher(text).matches()) {
                double serial = Double.parseDouble(text);
                if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                    LocalDateTime when = DateUtil.getLocalDateTime(serial);
                    return when.toLocalDate();
                }
            }
        } catch (DateTimeException impossible) {
            throw new Unreadable("import.cell.impossibleDate");
        }
        throw new Unreadable("import.cell.date");
    }

    static BigDecimal amount(String cell) {
        String text = code(cell);
        if (text == null) {
            return null;
        }
        BigDecimal factor = BigDecimal.ONE;
        if (text.endsWith("万元") || text.endsWith("万")) {
            factor = TEN_THOUSAND;
            text = text.substring(0, text.lastIndexOf('万'));
        } else if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.replace(",", "").replace("¥", "").replace("￥", "");
        try {
            return new BigDecimal(text).multiply(factor).stripTrailingZeros();
        } catch (NumberFormatException notNumber) {
            throw new Unreadable("import.cell.amount");
        }
    }

    static Integer wholeNumber(String cell) {
        BigDecimal amount;
        try {
            amount = amount(cell);
        } catch (Unreadable notNumber) {
            throw new Unreadable("import.cell.wholeNumber");
        }
        if (amount == null) {
            return null;
        }
        try {
            return amount.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new Unreadable("import.cell.wholeNumber");
        }
    }
}
