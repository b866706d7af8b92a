package com.logicrm.collection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code collection.enterprise_survey}, in the caller's transaction. */
@Component
class SurveyRecords {

    private static final String COLUMNS = """
            customer_id, id, archive_no, surveyed_on, method, respondent, respondent_position, name, credit_code,
            legal_representative, legal_form, ownership, industry, founding_date, registration_date,
            registered_capital, assets, staff_count, scale, service_area, address, phone, website, business_scope,
            situation, remarks, customer_version, changed_fields, recorded_by, recorded_by_name, recorded_at,
            catalogue_no""";
    private final JdbcClient jdbc;

    SurveyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EnterpriseSurvey survey) {
        NewEnterpriseSurvey f = survey.form();
        return jdbc.sql("insert into collection.enterprise_survey (" + COLUMNS.replace("customer_id, id,", "customer_id,")
                        + ") values (" + "?, ".repeat(30) + "?) returning id")
                .params(survey.customerId(), survey.archiveNo(), f.surveyedOn(), f.method().name(), f.respondent(),
                        f.respondentPosition(), f.name(), f.creditCode(), f.legalRepresentative(), f.legalForm(),
                        f.ownership(), f.industry(), f.foundingDate(), f.registrationDate(), f.registeredCapital(),
                        f.assets(), f.staffCount(), f.scale(), f.serviceArea(), f.address(), f.phone(), f.website(),
                        f.businessScope(), f.situation(), f.remarks(), f.customerVersion(),
                        String.join(",", survey.changedFields()), survey.recordedBy(), survey.recordedByName(),
                        OffsetDateTime.ofInstant(survey.recordedAt(), ZoneOffset.UTC), survey.catalogueNo())
                .query(Long.class).single();
    }

    List<EnterpriseSurvey> of(long customerId) {
        return jdbc.sql("select " + COLUMNS + " from collection.enterprise_survey where customer_id = ? "
                + "order by surveyed_on desc, id desc").param(customerId).query((row, n) -> survey(row)).list();
    }

    Optional<EnterpriseSurvey> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from collection.enterprise_survey where id = ?").param(id)
                .query((row, n) -> survey(row)).optional();
    }

    private static EnterpriseSurvey survey(ResultSet row) throws SQLException {
        NewEnterpriseSurvey form = new NewEnterpriseSurvey(row.getObject("surveyed_on", LocalDate.class),
                SurveyMethod.valueOf(row.getString("method")), row.getString("respondent"),
                row.getString("respondent_position"), row.getString("name"), row.getString("credit_code"),
                row.getString("legal_representative"), row.getString("legal_form"), row.getString("ownership"),
                row.getString("industry"), row.getObject("founding_date", LocalDate.class),
                row.getObject("registration_date", LocalDate.class), amount(row, "registered_capital"),
                amount(row, "assets"), row.getObject("staff_count", Integer.class), row.getString("scale"),
                row.getString("service_area"), row.getString("address"), row.getString("phone"),
                row.getString("website"), row.getString("business_scope"), row.getString("situation"),
                row.getString("remarks"), row.getObject("customer_version", Integer.class));
        String changed = row.getString("changed_fields");
        return new EnterpriseSurvey(row.getLong("id"), row.getLong("customer_id"), row.getString("archive_no"), form,
                changed.isEmpty() ? List.of() : Arrays.asList(changed.split(",")), row.getString("recorded_by"),
                row.getString("recorded_by_name"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("catalogue_no"));
    }

    /** Amounts as typed: 5000000, not 5000000.00. */
    private static BigDecimal amount(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
