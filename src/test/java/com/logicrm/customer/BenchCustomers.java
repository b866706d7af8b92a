package com.logicrm.customer;

import com.logicrm.access.DataScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Bulk-loads a large deterministic customer archive for the benchmark runner: the demo generator's
 * customers (with thousands of brands instead of forty, and credit codes made unique by position)
 * streamed into {@code customer.customer} with {@code COPY}, one row at a time, with the search
 * grams and completeness the aggregate would compute; then their contacts ({@link BenchContacts}) into
 * {@code customer.contact} the same way. Secondary indexes (and the contacts' foreign key) are dropped
 * for the load and rebuilt afterwards, as one would for any bulk import.
 */
public final class BenchCustomers {

    /** An account manager who owns customers, and the department the customers are filed under. */
    public record Owner(long id, long departmentId) {
    }

    /** One table's load: rows by COPY (generation included), the index rebuild, VACUUM ANALYZE. */
    public record Load(long rows, Duration copy, Duration indexes, Duration analyze) {

        public double rowsPerSecond() {
            return rows / Math.max(copy.toNanos() / 1e9, 1e-9);
        }
    }

    /** The customers and their contacts. */
    public record Loaded(Load customers, Load contacts) {
    }

    private static final LifecycleStage[] STAGES = {LifecycleStage.ACTIVE, LifecycleStage.ACTIVE,
            LifecycleStage.ACTIVE, LifecycleStage.TARGET, LifecycleStage.ACTIVE, LifecycleStage.POTENTIAL,
            LifecycleStage.ACTIVE, LifecycleStage.DORMANT, LifecycleStage.ACTIVE, LifecycleStage.TARGET,
            LifecycleStage.ACTIVE, LifecycleStage.LOST, LifecycleStage.ACTIVE};
    private static final String COLUMNS = "archive_no, kind, category, relation, stage, name, short_name, credit_code, "
            + "resident_id, legal_form, industry, registered_capital, ownership, business_scope, registration_date, "
            + "founding_date, trading_since, assets, staff_count, region_code, address, phone, mobile, email, website, "
            + "owner_id, department_id, confidentiality, needs_segment, rep_name, rep_age, rep_education, "
            + "rep_experience, rep_abilities, rep_personality, rep_working_style, rep_achievements, rep_interests, "
            + "rep_family, rep_impression, rep_reputation, char_service_area, char_potential, char_philosophy, "
            + "char_scale, char_traits, char_culture, char_policy, biz_situation, biz_problems, biz_prospects, "
            + "biz_customer_relations, biz_bank_relations, biz_payment, biz_performance, biz_competitors, "
            + "beh_response, beh_frequency, beh_value, beh_channel, search_grams, completeness";

    private BenchCustomers() {
    }

    /**
     * The search box's conditions exactly as {@code CustomerSearch} writes them for a person with this
     * data scope and no grants, their parameters put into {@code params} (the scope's own parameters are
     * the caller's to add): on the customer row, and on its active contacts (null when the text cannot
     * match a contact). Null without a text. Takes the application's own view of which terms are common.
     */
    public static SearchText searchText(String q, Map<String, Object> params, DataScope scope,
            ApplicationContext application) {
        CustomerSearch.Text text = CustomerSearch.textCondition(q, params, scope, Set.of(),
                application.getBean(GramFrequency.class));
        return text == null ? null : new SearchText(text.customer(), text.contacts());
    }

    /** The region filter's conditions exactly as {@code CustomerSearch} writes them, into where and params. */
    public static void region(CustomerQuery query, DataScope scope, List<String> where, Map<String, Object> params) {
        CustomerSearch.region(query, scope, where, params);
    }

    /** See {@link #searchText}. */
    public record SearchText(String customer, String contacts) {
    }

    /** The given name of a benchmark contact's name (after a surname of one or two characters). */
    public static String givenName(String name) {
        return BenchContacts.givenName(name);
    }

    /**
     * Loads {@code count} customers owned round the given owners, then their contacts, and returns
     * how long each step took. Of the customers only what their contacts need (mobile, an individual's
     * name) is kept in memory until the contacts are written.
     */
    public static Loaded load(Connection connection, int count, long seed, List<Owner> owners) throws SQLException {
        Map<String, String> customerIndexes = secondaryIndexes(connection, "customer");
        Map<String, String> contactIndexes = secondaryIndexes(connection, "contact");
        // Checked once for the whole table when the key is added back, instead of a look-up (and a row
        // lock on the customer) for each of two million rows.
        Map<String, String> contactKeys = foreignKeys(connection, "contact");
        try (Statement statement = connection.createStatement()) {
            for (String index : customerIndexes.keySet()) {
                statement.execute("drop index customer." + index);
            }
            for (String index : contactIndexes.keySet()) {
                statement.execute("drop index customer." + index);
            }
            for (String key : contactKeys.keySet()) {
                statement.execute("alter table customer.contact drop constraint " + key);
            }
        }
        long started = System.nanoTime();
        Kept kept = copyCustomers(connection, count, seed, owners);
        long customersCopied = System.nanoTime();
        long contacts = copyContacts(connection, firstId(connection, count), kept, seed);
        long contactsCopied = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '1GB'");
            for (String definition : customerIndexes.values()) {
                statement.execute(definition);
            }
            statement.execute("insert into customer.archive_sequence (year, value) values (2026, " + count
                    + ") on conflict (year) do update set value = greatest(customer.archive_sequence.value, excluded.value)");
        }
        long customersIndexed = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String definition : contactIndexes.values()) {
                statement.execute(definition);
            }
            for (Map.Entry<String, String> key : contactKeys.entrySet()) {
                statement.execute("alter table customer.contact add constraint " + key.getKey() + " " + key.getValue());
            }
        }
        long contactsIndexed = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) customer.customer");
        }
        long customersAnalysed = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) customer.contact");
        }
        long contactsAnalysed = System.nanoTime();
        return new Loaded(
                new Load(count, Duration.ofNanos(customersCopied - started),
                        Duration.ofNanos(customersIndexed - contactsCopied),
                        Duration.ofNanos(customersAnalysed - contactsIndexed)),
                new Load(contacts, Duration.ofNanos(contactsCopied - customersCopied),
                        Duration.ofNanos(contactsIndexed - customersIndexed),
                        Duration.ofNanos(contactsAnalysed - customersAnalysed)));
    }

    /**
     * Per position, what the customer's contacts are made from: its mobile (0 for none), an individual's
     * name, and its owner, whose id and department the contacts carry as well.
     */
    private record Kept(long[] mobiles, String[] individualNames, Owner[] owners) {
    }

    private static Kept copyCustomers(Connection connection, int count, long seed, List<Owner> owners)
            throws SQLException {
        DemoCustomerGenerator generator = new DemoCustomerGenerator(seed, DemoCustomerGenerator.brands(seed, 8000));
        Random assignment = new Random(seed + 1);
        Kept kept = new Kept(new long[count], new String[count], new Owner[count]);
        try (CopyRows copy = CopyRows.into(connection, "customer.customer", COLUMNS)) {
            for (int i = 0; i < count; i++) {
                CustomerFacts facts = generator.next(i);
                Owner owner = owners.get(assignment.nextInt(owners.size()));
                LifecycleStage stage = i % 50 == 49 ? LifecycleStage.RETIRED : STAGES[i % STAGES.length];
                row(copy, i, facts, owner, stage);
                kept.owners[i] = owner;
                kept.mobiles[i] = facts.mobile() == null ? 0 : Long.parseLong(facts.mobile());
                if (facts.kind() == CustomerKind.INDIVIDUAL) {
                    kept.individualNames[i] = facts.name();
                }
            }
            copy.finish();
        }
        return kept;
    }

    /**
     * The id of the first customer loaded: one COPY into an empty table takes consecutive identity
     * values, so the customer at position i has id first + i. Checked rather than assumed.
     */
    private static long firstId(Connection connection, int count) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet range = statement.executeQuery("select min(id), max(id), count(*) from customer.customer")) {
            range.next();
            long first = range.getLong(1);
            if (range.getLong(2) - first + 1 != count || range.getLong(3) != count) {
                throw new IllegalStateException("customer ids are not consecutive after the load");
            }
            return first;
        }
    }

    private static long copyContacts(Connection connection, long firstId, Kept kept, long seed) throws SQLException {
        BenchContacts contacts = new BenchContacts(seed + 2);
        try (CopyRows copy = CopyRows.into(connection, "customer.contact", BenchContacts.COLUMNS)) {
            for (int i = 0; i < kept.mobiles.length; i++) {
                contacts.write(copy, firstId + i, kept.owners[i], i, kept.individualNames[i],
                        kept.mobiles[i] == 0 ? null : Long.toString(kept.mobiles[i]));
            }
            return copy.finish();
        }
    }

    private static Map<String, String> secondaryIndexes(Connection connection, String table) throws SQLException {
        return definitions(connection, """
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = 'customer' and i.tablename = ?
                  and i.indexname not in (select conname from pg_constraint where contype = 'p')
                order by i.indexname""", table);
    }

    private static Map<String, String> foreignKeys(Connection connection, String table) throws SQLException {
        return definitions(connection, """
                select conname, pg_get_constraintdef(oid) from pg_constraint
                where contype = 'f' and conrelid = cast('customer.' || ? as regclass)
                order by conname""", table);
    }

    private static Map<String, String> definitions(Connection connection, String sql, String table)
            throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    definitions.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return definitions;
    }

    private static void row(CopyRows out, int index, CustomerFacts f, Owner owner, LifecycleStage stage)
            throws SQLException {
        String creditCode = f.creditCode() == null ? null : DemoCustomerGenerator.uniqueCreditCode(f.creditCode(), index);
        out.field(String.format("KH-2026-%07d", index + 1));
        out.field(f.kind().name());
        out.field(f.category() == null ? CustomerCategory.GENERAL.name() : f.category().name());
        out.field(f.relation() == null ? CustomerRelation.EXTERNAL.name() : f.relation().name());
        out.field(stage.name());
        out.field(f.name());
        out.field(f.shortName());
        out.field(creditCode);
        out.field(f.residentId());
        out.field(f.legalForm());
        out.field(f.industry());
        out.field(f.registeredCapital());
        out.field(f.ownership());
        out.field(f.businessScope());
        out.field(f.registrationDate());
        out.field(f.foundingDate());
        out.field(f.tradingSince());
        out.field(f.assets());
        out.field(f.staffCount());
        out.field(f.regionCode());
        out.field(f.address());
        out.field(f.phone());
        out.field(f.mobile());
        out.field(f.email());
        out.field(f.website());
        out.field(owner.id());
        out.field(owner.departmentId());
        out.field(f.confidentiality() == null ? "ORDINARY" : f.confidentiality().name());
        out.field(f.needsSegment() == null ? null : f.needsSegment().name());
        OperatorProfile o = f.operator() == null ? OperatorProfile.empty() : f.operator();
        for (Object value : new Object[] {o.name(), o.age(), o.education(), o.experience(), o.abilities(),
                o.personality(), o.workingStyle(), o.achievements(), o.interests(), o.family(), o.impression(),
                o.reputation()}) {
            out.field(value);
        }
        Characteristics c = f.characteristics() == null ? Characteristics.empty() : f.characteristics();
        for (Object value : new Object[] {c.serviceArea(), c.potential(), c.philosophy(), c.scale(), c.traits(),
                c.culture(), c.policy()}) {
            out.field(value);
        }
        BusinessStatus b = f.businessStatus() == null ? BusinessStatus.empty() : f.businessStatus();
        for (Object value : new Object[] {b.situation(), b.problems(), b.prospects(), b.customerRelations(),
                b.bankRelations(), b.payment(), b.performance(), b.competitors()}) {
            out.field(value);
        }
        Behaviour h = f.behaviour() == null ? Behaviour.empty() : f.behaviour();
        for (Object value : new Object[] {h.response(), h.frequency(), h.value(), h.channel()}) {
            out.field(value);
        }
        out.array(SearchGrams.of(f.name(), f.shortName()));
        out.field(Completeness.of(f).score());
        out.endRow();
    }
}
