package com.logicrm.customer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes {@code customer.contact}. A plain table under the customer, so plain SQL: the
 * composite key and the derived search grams are easier to see here than behind a mapping.
 */
@Component
class ContactStore {

    private static final String COLUMNS = """
            customer_id, id, name, department_role, level, decision_maker, title, mobile, phone, email, wechat,
            birthday, interests, notes, occupation, income_level, hobbies, purchase_brands, purchase_frequency,
            purchase_time, purchase_price_point, is_primary, active, created_at, updated_at, version""";
    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active contacts, the primary one first, then in the order they were added. */
    List<ContactView> activeOf(long customerId) {
        return jdbc.sql("select " + COLUMNS + " from customer.contact where customer_id = ? and active "
                + "order by is_primary desc, id").param(customerId).query(ContactStore::row).list();
    }

    Optional<ContactView> find(long customerId, long id) {
        return jdbc.sql("select " + COLUMNS + " from customer.contact where customer_id = ? and id = ?")
                .params(customerId, id).query(ContactStore::row).optional();
    }

    long insert(long customerId, ContactDetails details, Instant now) {
        Map<String, Object> params = params(details, now);
        params.put("customerId", customerId);
        // the customer's owner and department as they are now; ContactOwners keeps them so afterwards
        return jdbc.sql("""
                insert into customer.contact (customer_id, owner_id, department_id, name, department_role, level,
                    decision_maker, title, mobile, phone, email, wechat, birthday, interests, notes, occupation,
                    income_level, hobbies, purchase_brands, purchase_frequency, purchase_time, purchase_price_point,
                    is_primary, search_grams, created_at, updated_at)
                select c.id, c.owner_id, c.department_id, :name, :departmentRole, :level, :decisionMaker, :title,
                    :mobile, :phone, :email, :wechat, :birthday, :interests, :notes, :occupation, :incomeLevel,
                    :hobbies, :purchaseBrands, :purchaseFrequency, :purchaseTime, :purchasePricePoint, :primary,
                    cast(:grams as text[]), :now, :now
                from customer.customer c where c.id = :customerId
                returning id""").params(params).query(Long.class).single();
    }

    /** False when the row is no longer at {@code version}: somebody saved in between. */
    boolean update(long customerId, long id, int version, ContactDetails details, Instant now) {
        Map<String, Object> params = params(details, now);
        params.put("customerId", customerId);
        params.put("id", id);
        params.put("version", version);
        return jdbc.sql("""
                update customer.contact set name = :name, department_role = :departmentRole, level = :level,
                    decision_maker = :decisionMaker, title = :title, mobile = :mobile, phone = :phone, email = :email,
                    wechat = :wechat, birthday = :birthday, interests = :interests, notes = :notes,
                    occupation = :occupation, income_level = :incomeLevel, hobbies = :hobbies,
                    purchase_brands = :purchaseBrands, purchase_frequency = :purchaseFrequency,
                    purchase_time = :purchaseTime, purchase_price_point = :purchasePricePoint, is_primary = :primary,
                    search_grams = cast(:grams as text[]), updated_at = :now, version = version + 1
                where customer_id = :customerId and id = :id and active and version = :version""")
                .params(params).update() == 1;
    }

    void deactivate(long customerId, long id, Instant now) {
        jdbc.sql("""
                update customer.contact set active = false, is_primary = false, updated_at = ?, version = version + 1
                where customer_id = ? and id = ?""").params(utc(now), customerId, id).update();
    }

    /** Takes the primary flag from every other contact of the customer; returns whom it was taken from. */
    List<Long> clearPrimary(long customerId, long exceptId, Instant now) {
        return jdbc.sql("""
                update customer.contact set is_primary = false, updated_at = ?, version = version + 1
                where customer_id = ? and id <> ? and is_primary and active returning id""")
                .params(utc(now), customerId, exceptId).query(Long.class).list();
    }

    private static Map<String, Object> params(ContactDetails d, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", d.name());
        params.put("departmentRole", d.departmentRole() == null ? null : d.departmentRole().name());
        params.put("level", d.level() == null ? null : d.level().name());
        params.put("decisionMaker", d.isDecisionMaker());
        params.put("title", d.title());
        params.put("mobile", d.mobile());
        params.put("phone", d.phone());
        params.put("email", d.email());
        params.put("wechat", d.wechat());
        params.put("birthday", d.birthday() == null ? null : Date.valueOf(d.birthday()));
        params.put("interests", d.interests());
        params.put("notes", d.notes());
        params.put("occupation", d.occupation());
        params.put("incomeLevel", d.incomeLevel());
        params.put("hobbies", d.hobbies());
        params.put("purchaseBrands", d.purchaseBrands());
        params.put("purchaseFrequency", d.purchaseFrequency());
        params.put("purchaseTime", d.purchaseTime());
        params.put("purchasePricePoint", d.purchasePricePoint());
        params.put("primary", d.isPrimary());
        params.put("grams", SearchGrams.of(d.name()).toArray(String[]::new));
        params.put("now", utc(now));
        return params;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ContactView row(ResultSet rs, int number) throws SQLException {
        String role = rs.getString("department_role");
        String level = rs.getString("level");
        Date birthday = rs.getDate("birthday");
        ContactDetails details = new ContactDetails(rs.getString("name"),
                role == null ? null : DepartmentRole.valueOf(role), level == null ? null : ContactLevel.valueOf(level),
                rs.getBoolean("decision_maker"), rs.getString("title"), rs.getString("mobile"), rs.getString("phone"),
                rs.getString("email"), rs.getString("wechat"), birthday == null ? null : birthday.toLocalDate(),
                rs.getString("interests"), rs.getString("notes"), rs.getString("occupation"),
                rs.getString("income_level"), rs.getString("hobbies"), rs.getString("purchase_brands"),
                rs.getString("purchase_frequency"), rs.getString("purchase_time"),
                rs.getString("purchase_price_point"), rs.getBoolean("is_primary"));
        return new ContactView(rs.getLong("id"), rs.getLong("customer_id"), details, rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
