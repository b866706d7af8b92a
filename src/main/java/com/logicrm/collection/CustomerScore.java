package com.logicrm.collection;

import java.time.LocalDate;

/** One customer's standing in a questionnaire: the score of their latest answers, and how often they answered. */
public record CustomerScore(long customerId, String customerName, int responses, LocalDate lastAnsweredOn,
        ResponseScore score) {
}
