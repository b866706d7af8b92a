package com.logicrm.collection;

import java.math.BigDecimal;
import java.util.List;

/**
 * A questionnaire's results over the customers the caller may see: each dimension's mean over the
 * customers who have a score in it, the mean overall score, and each customer's scores.
 */
public record QuestionnaireResults(long questionnaireId, String title, int responses, int customers,
        BigDecimal overall, List<DimensionScore> dimensions, List<CustomerScore> perCustomer) {
}
