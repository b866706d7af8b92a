package com.logicrm.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer's classification for its page: the newest succeeded run it was in with every figure
 * behind the scores (null when it was in none), and its grades run by run, newest first.
 */
public record CustomerClassification(long customerId, Current current, List<RunGrade> history) {

    public CustomerClassification {
        history = List.copyOf(history);
    }

    /** The customer in one run with the loyalty inputs as scored (yearly) and the model that scored them. */
    public record Current(long runId, LocalDate periodFrom, LocalDate periodTo, Basis basis, long runCustomers,
            RunCustomer scores, String starName, int visitsPerYear, LoyaltyInputs inputs, LoyaltyModel model) {
    }

    /** a, b, c, d of F = G(a, b, c, d): yearly orders, distinct services, yearly quantity, yearly net revenue. */
    public record LoyaltyInputs(double orders, double services, double quantity, double amount) {
    }

    /** The customer's grade in one run: in force, computed, whether set by hand, star and quadrant. */
    public record RunGrade(long runId, LocalDate periodFrom, LocalDate periodTo, Instant finishedAt, Grade grade,
            Grade computedGrade, boolean overridden, Integer star, Quadrant quadrant, java.math.BigDecimal loyalty) {
    }
}
