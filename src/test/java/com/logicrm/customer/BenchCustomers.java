package com.logicrm.customer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk-loads a large deterministic customer archive for the benchmark runner: the demo generator's
 * customers (with thousands of brands instead of forty, and credit codes made unique by position)
 * streamed into {@code customer.customer} with {@code COPY}, one row at a time, with the search
 * grams and completeness the aggregate would compute. Secondary indexes are dropped for the load and
 * rebuilt afterwards, as one would for any bulk import.
 */
public final class BenchCustomers {

    /** An account manager who owns customers, and the department the customers are filed under. */
    public record Owner(long id, long departmentId) {
    }

    public record Load(long rows, Duration copy, Duration indexes, Duration analyze) {

        public double rowsPerSecond() {
            return rows / Math.max(copy.toNanos() / 1e9, 1e-9);
        }
    }

    /** Characters that brand names are made of (字号): two of them make a brand. */
    private static final String BRAND_CHARACTERS = "恒通瑞丰华鑫联创金桥宏远鼎盛海天成永泰嘉禾博雅众诚新锐达安汇源顺和康明辉航"
            + "锦程立邦中拓信阳东方红星河优品百川润卓越万昌佳美同心凯旋九州正隆德福祥兴旺盈利晟豪騰宇龙凤锋志广合"
            + "荣茂祥益欣悦泽佳腾飞扬高峰振诺威宝洁晨曦朗逸汉唐启航铭轩睿智佰仟沃尔昊天逸凡俊驰鸿运亿家园林";
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
    private static final int FLUSH_BYTES = 1 << 20;

    private BenchCustomers() {
    }

    /** The grams a search fragment looks for, as {@code CustomerSearch} computes them. */
    public static String[] queryGrams(String fragment) {
        return SearchGrams.ofQuery(fragment).toArray(String[]::new);
    }

    /** Distinct brand names of two characters, in a deterministic order. */
    static String[] brands(long seed, int count) {
        int[] chars = BRAND_CHARACTERS.codePoints().distinct().toArray();
        List<String> all = new ArrayList<>();
        for (int a : chars) {
            for (int b : chars) {
                if (a != b) {
                    all.add(Character.toString(a) + Character.toString(b));
                }
            }
        }
        java.util.Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(count, all.size())).toArray(String[]::new);
    }

    /**
     * Loads {@code count} customers owned round the given owners and returns how long each step took.
     * Nothing but the current row is held in memory.
     */
    public static Load load(Connection connection, int count, long seed, List<Owner> owners) throws SQLException {
        Map<String, String> indexes = secondaryIndexes(connection);
        try (Statement statement = connection.createStatement()) {
            for (String index : indexes.keySet()) {
                statement.execute("drop index customer." + index);
            }
        }
        DemoCustomerGenerator generator = new DemoCustomerGenerator(seed, brands(seed, 8000));
        Random assignment = new Random(seed + 1);
        long started = System.nanoTime();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy customer.customer (" + COLUMNS + ") from stdin");
        try {
            StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 16_384);
            for (int i = 0; i < count; i++) {
                CustomerFacts facts = generator.next(i);
                Owner owner = owners.get(assignment.nextInt(owners.size()));
                LifecycleStage stage = i % 50 == 49 ? LifecycleStage.RETIRED : STAGES[i % STAGES.length];
                row(buffer, i, facts, owner, stage);
                if (buffer.length() >= FLUSH_BYTES / 3) {
                    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    buffer.setLength(0);
                }
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        long copied = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '1GB'");
            for (String definition : indexes.values()) {
                statement.execute(definition);
            }
            statement.execute("insert into customer.archive_sequence (year, value) values (2026, " + count
                    + ") on conflict (year) do update set value = greatest(customer.archive_sequence.value, excluded.value)");
        }
        long indexed = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) customer.customer");
        }
        long analysed = System.nanoTime();
        return new Load(count, Duration.ofNanos(copied - started), Duration.ofNanos(indexed - copied),
                Duration.ofNanos(analysed - indexed));
    }

    private static Map<String, String> secondaryIndexes(Connection connection) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select i.indexname, i.indexdef from pg_indexes i
                     where i.schemaname = 'customer' and i.tablename = 'customer'
                       and i.indexname not in (select conname from pg_constraint where contype = 'p')
                     order by i.indexname""")) {
            while (rows.next()) {
                indexes.put(rows.getString(1), rows.getString(2));
            }
        }
        return indexes;
    }

    private static void row(StringBuilder out, int index, CustomerFacts f, Owner owner, LifecycleStage stage) {
        String creditCode = f.creditCode() == null ? null : uniqueCreditCode(f.creditCode(), index);
        field(out, String.format("KH-2026-%07d", index + 1), true);
        field(out, f.kind().name(), false);
        field(out, f.category() == null ? CustomerCategory.GENERAL.name() : f.category().name(), false);
        field(out, f.relation() == null ? CustomerRelation.EXTERNAL.name() : f.relation().name(), false);
        field(out, stage.name(), false);
        field(out, f.name(), false);
        field(out, f.shortName(), false);
        field(out, creditCode, false);
        field(out, f.residentId(), false);
        field(out, f.legalForm(), false);
        field(out, f.industry(), false);
        field(out, f.registeredCapital(), false);
        field(out, f.ownership(), false);
        field(out, f.businessScope(), false);
        field(out, f.registrationDate(), false);
        field(out, f.foundingDate(), false);
        field(out, f.tradingSince(), false);
        field(out, f.assets(), false);
        field(out, f.staffCount(), false);
        field(out, f.regionCode(), false);
        field(out, f.address(), false);
        field(out, f.phone(), false);
        field(out, f.mobile(), false);
        field(out, f.email(), false);
        field(out, f.website(), false);
        field(out, owner.id(), false);
        field(out, owner.departmentId(), false);
        field(out, f.confidentiality() == null ? "ORDINARY" : f.confidentiality().name(), false);
        field(out, f.needsSegment() == null ? null : f.needsSegment().name(), false);
        OperatorProfile o = f.operator() == null ? OperatorProfile.empty() : f.operator();
        for (Object value : new Object[] {o.name(), o.age(), o.education(), o.experience(), o.abilities(),
                o.personality(), o.workingStyle(), o.achievements(), o.interests(), o.family(), o.impression(),
                o.reputation()}) {
            field(out, value, false);
        }
        Characteristics c = f.characteristics() == null ? Characteristics.empty() : f.characteristics();
        for (Object value : new Object[] {c.serviceArea(), c.potential(), c.philosophy(), c.scale(), c.traits(),
                c.culture(), c.policy()}) {
            field(out, value, false);
        }
        BusinessStatus b = f.businessStatus() == null ? BusinessStatus.empty() : f.businessStatus();
        for (Object value : new Object[] {b.situation(), b.problems(), b.prospects(), b.customerRelations(),
                b.bankRelations(), b.payment(), b.performance(), b.competitors()}) {
            field(out, value, false);
        }
        Behaviour h = f.behaviour() == null ? Behaviour.empty() : f.behaviour();
        for (Object value : new Object[] {h.response(), h.frequency(), h.value(), h.channel()}) {
            field(out, value, false);
        }
        Set<String> grams = SearchGrams.of(f.name(), f.shortName());
        StringBuilder array = new StringBuilder("{");
        for (String gram : grams) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"').append(gram).append('"');
        }
        field(out, array.append('}').toString(), false);
        field(out, Completeness.of(f).score(), false);
        out.append('\n');
    }

    /**
     * The generator draws the organisation code at random, which repeats within a county once there
     * are tens of thousands of customers; a code derived from the position (a bijection on eight
     * digits) keeps every credit code unique and valid.
     */
    private static String uniqueCreditCode(String generated, int index) {
        String organisation = String.format("%08d", (index * 7_654_321L + 12_345_679L) % 100_000_000L);
        String body = generated.substring(0, 8) + organisation + organisationCheck(organisation);
        return body + com.logicrm.shared.identity.CreditCode.checkCharacter(body);
    }

    private static char organisationCheck(String eight) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eight.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static void field(StringBuilder out, Object value, boolean first) {
        if (!first) {
            out.append('\t');
        }
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
