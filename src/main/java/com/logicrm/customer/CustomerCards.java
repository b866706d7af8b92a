package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads cards to show them, one mapped query each. Loading the aggregate instead cost a quarter of an
 * API request's time in the mapping of its seventy columns and four embedded values; writes still go
 * through the aggregate ({@link Customer}), which guards the card's state.
 */
@Component
class CustomerCards {

    private final JdbcClient jdbc;

    CustomerCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CustomerCard> find(long id) {
        return jdbc.sql("""
                select id, archive_no, kind, category, special_type, relation, stage, name, short_name, credit_code,
                       resident_id, legal_form, industry, registered_capital, ownership, business_scope,
                       registration_date, founding_date, trading_since, assets, staff_count, region_code, address,
                       phone, mobile, email, website, owner_id, department_id, confidentiality, needs_segment,
                       rep_name, rep_age, rep_education, rep_experience, rep_abilities, rep_personality,
                       rep_working_style, rep_achievements, rep_interests, rep_family, rep_impression, rep_reputation,
                       char_service_area, char_potential, char_philosophy, char_scale, char_traits, char_culture,
                       char_policy, biz_situation, biz_problems, biz_prospects, biz_customer_relations,
                       biz_bank_relations, biz_payment, biz_performance, biz_competitors,
                       beh_response, beh_frequency, beh_value, beh_channel, tags,
                       merged_into, reviewed_at, created_at, updated_at, version, source
                from customer.customer where id = ?""")
                .param(id)
                .query((rs, row) -> card(rs))
                .optional();
    }

    private static CustomerCard card(ResultSet rs) throws SQLException {
        CustomerFacts facts = new CustomerFacts(CustomerKind.valueOf(rs.getString("kind")),
                named(CustomerCategory.class, rs.getString("category")), rs.getString("special_type"),
                named(CustomerRelation.class, rs.getString("relation")), rs.getString("name"),
                rs.getString("short_name"), rs.getString("credit_code"), rs.getString("resident_id"),
                rs.getString("legal_form"), rs.getString("industry"), rs.getBigDecimal("registered_capital"),
                rs.getString("ownership"), rs.getString("business_scope"), date(rs, "registration_date"),
                date(rs, "founding_date"), date(rs, "trading_since"), rs.getBigDecimal("assets"),
                (Integer) rs.getObject("staff_count"), rs.getString("region_code"), rs.getString("address"),
                rs.getString("phone"), rs.getString("mobile"), rs.getString("email"), rs.getString("website"),
                named(NeedsSegment.class, rs.getString("needs_segment")),
                named(Confidentiality.class, rs.getString("confidentiality")), rs.getLong("owner_id"),
                new OperatorProfile(rs.getString("rep_name"), (Integer) rs.getObject("rep_age"),
                        rs.getString("rep_education"), rs.getString("rep_experience"), rs.getString("rep_abilities"),
                        rs.getString("rep_personality"), rs.getString("rep_working_style"),
                        rs.getString("rep_achievements"), rs.getString("rep_interests"), rs.getString("rep_family"),
                        rs.getString("rep_impression"), rs.getString("rep_reputation")),
                new Characteristics(rs.getString("char_service_area"), rs.getString("char_potential"),
                        rs.getString("char_philosophy"), rs.getString("char_scale"), rs.getString("char_traits"),
                        rs.getString("char_culture"), rs.getString("char_policy")),
                new BusinessStatus(rs.getString("biz_situation"), rs.getString("biz_problems"),
                        rs.getString("biz_prospects"), rs.getString("biz_customer_relations"),
                        rs.getString("biz_bank_relations"), rs.getString("biz_payment"),
                        rs.getString("biz_performance"), rs.getString("biz_competitors")),
                new Behaviour(rs.getString("beh_response"), rs.getString("beh_frequency"), rs.getString("beh_value"),
                        rs.getString("beh_channel")),
                tags(rs.getArray("tags")));
        return new CustomerCard(rs.getLong("id"), rs.getString("archive_no"),
                LifecycleStage.valueOf(rs.getString("stage")), facts, rs.getLong("department_id"),
                (Long) rs.getObject("merged_into"), instant(rs, "reviewed_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("version"), rs.getString("source"));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
