package com.logicrm.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A filled-in 企业基本情况调查表: when, how and of whom the enterprise was surveyed, the facts found
 * (name to business situation, each written into the archive card; blank ones leave the card's value),
 * the surveyor's remarks, and {@code customerVersion}, the version of the card the survey was read
 * against (optional: if the card changed since, the survey is refused rather than overwrite it). The
 * dates are ISO dates in the web form as in JSON.
 */
public record NewEnterpriseSurvey(@DateTimeFormat(iso = ISO.DATE) LocalDate surveyedOn, SurveyMethod method,
        String respondent, String respondentPosition, String name, String creditCode, String legalRepresentative,
        String legalForm, String ownership, String industry, @DateTimeFormat(iso = ISO.DATE) LocalDate foundingDate,
        @DateTimeFormat(iso = ISO.DATE) LocalDate registrationDate,
        BigDecimal registeredCapital, BigDecimal assets, Integer staffCount, String scale, String serviceArea,
        String address, String phone, String website, String businessScope, String situation, String remarks,
        Integer customerVersion) {
}
