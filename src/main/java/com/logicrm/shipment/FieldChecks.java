package com.logicrm.shipment;

import com.logicrm.shared.InvalidField;
import com.logicrm.shared.identity.CreditCode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every kind of loaded item shares: required text, the one customer reference, dates in the
 * accepted window and amounts that are neither negative nor absurd. Problems are collected against the
 * position of the item being checked.
 */
abstract class FieldChecks {

    static final int MAX_SOURCE = 40;
    static final int MAX_EXTERNAL_ID = 64;
    /** Far above any real order, and low enough that a customer's monthly sums cannot overflow. */
    static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

    private final LocalDate earliest;
    private final LocalDate latest;
    private final List<ItemProblem> problems = new ArrayList<>();
    private int index;

    FieldChecks(LocalDate earliest, LocalDate latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    List<ItemProblem> problems() {
        return problems;
    }

    /** Starts the checks of the item at {@code index}; returns the number of problems so far. */
    int start(int index) {
        this.index = index;
        return problems.size();
    }

    boolean foundSince(int before) {
        return problems.size() > before;
    }

    void problem(String field, String code) {
        problems.add(new ItemProblem(index, field, code));
    }

    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problem(field, "required");
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problem(field, "tooLong");
        }
        return text;
    }

    /** Optional text: null when blank. */
    String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    /** Exactly one of id, archive number and credit code. */
    ShipmentRow.CustomerRef customer(Long id, String archiveNo, String creditCode) {
        List<ShipmentRow.CustomerRef> given = new ArrayList<>();
        if (id != null) {
            given.add(new ShipmentRow.CustomerRef("customerId", id.toString()));
        }
        if (archiveNo != null && !archiveNo.isBlank()) {
            given.add(new ShipmentRow.CustomerRef("customerArchiveNo", archiveNo.strip()));
        }
        if (creditCode != null && !creditCode.isBlank()) {
            try {
                given.add(new ShipmentRow.CustomerRef("customerCreditCode",
                        CreditCode.parse("customerCreditCode", creditCode).value()));
            } catch (InvalidField invalid) {
                problem("customerCreditCode", "invalid");
                return null;
            }
        }
        if (given.size() != 1) {
            problem("customer", given.isEmpty() ? "customerMissing" : "customerAmbiguous");
            return null;
        }
        return given.get(0);
    }

    /** A required ISO date within the accepted window. */
    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                problem(field, "outOfRange");
            }
            return date;
        } catch (DateTimeException unreadable) {
            problem(field, "invalid");
            return null;
        }
    }

    /** An optional amount: zero when absent, never negative, at most {@code scale} decimals, below {@code max}. */
    BigDecimal amount(String field, BigDecimal value, int scale, BigDecimal max) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            problem(field, "negative");
        } else if (value.stripTrailingZeros().scale() > scale || value.compareTo(max) >= 0) {
            problem(field, "invalid");
        }
        return value;
    }

    /** A required sum of money in yuan and fen, more than zero. */
    BigDecimal money(String field, BigDecimal value) {
        if (value == null) {
            problem(field, "required");
            return null;
        }
        BigDecimal amount = amount(field, value, 2, MAX_MONEY);
        if (amount.signum() == 0) {
            problem(field, "zero");
        }
        return amount;
    }

    /** A required value of an enumeration, by its constant name. */
    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            problem(field, "required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            problem(field, "invalid");
            return null;
        }
    }
}
