package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldValuesTests {

    @Test
    void nestedGroupsAreFlattenedWithTheirPrefix() {
        Map<String, String> values = FieldValues.of(Facts.completeEnterprise().build());

        assertThat(values).containsEntry("name", "上海恒通精密机械有限公司")
                .containsEntry("kind", "ENTERPRISE")
                .containsEntry("staffCount", "120")
                .containsEntry("foundingDate", "2010-05-01")
                .containsEntry("operator.name", "张三")
                .containsEntry("operator.age", "48")
                .containsEntry("characteristics.serviceArea", "华东")
                .containsEntry("businessStatus.situation", "经营正常")
                .containsEntry("behaviour.channel", null)
                .doesNotContainKeys("operator", "characteristics", "businessStatus", "behaviour");
    }

    @Test
    void everyFactIsAFieldInTheRecordsOrder() {
        Map<String, String> values = FieldValues.of(Facts.completeEnterprise().build());

        assertThat(values).hasSize(32 - 4 + 12 + 7 + 8 + 4);
        assertThat(values.keySet()).startsWith("kind", "category", "specialType", "relation", "name");
    }

    @Test
    void differencesNameEachChangedFieldWithOldAndNewValue() {
        Facts before = Facts.completeEnterprise();
        Facts after = Facts.completeEnterprise();
        after.name = "上海恒通精密机械股份有限公司";
        after.operator = new OperatorProfile("李四", 48, null, null, null, null, null, null, null, null, null, null);
        after.foundingDate = LocalDate.of(2011, 5, 1);

        Map<String, String[]> changes = FieldValues.differences(FieldValues.of(before.build()),
                FieldValues.of(after.build()));

        assertThat(changes).containsOnlyKeys("name", "operator.name", "foundingDate");
        assertThat(changes.get("name")).containsExactly("上海恒通精密机械有限公司", "上海恒通精密机械股份有限公司");
        assertThat(changes.get("operator.name")).containsExactly("张三", "李四");
        assertThat(changes.get("foundingDate")).containsExactly("2010-05-01", "2011-05-01");
    }

    @Test
    void sameFactsHaveNoDifferences() {
        Map<String, String> values = FieldValues.of(Facts.completeEnterprise().build());

        assertThat(FieldValues.differences(values, FieldValues.of(Facts.completeEnterprise().build()))).isEmpty();
    }

    @Test
    void blankAndMissingAreTheSame() {
        Facts before = Facts.completeEnterprise();
        before.website = null;
        Facts after = Facts.completeEnterprise();
        after.website = "   ";

        assertThat(FieldValues.differences(FieldValues.of(before.build()), FieldValues.of(after.build()))).isEmpty();
    }

    @Test
    void clearingAFieldIsAChangeToNothing() {
        Facts after = Facts.completeEnterprise();
        after.email = null;

        Map<String, String[]> changes = FieldValues.differences(FieldValues.of(Facts.completeEnterprise().build()),
                FieldValues.of(after.build()));

        assertThat(changes).containsOnlyKeys("email");
        assertThat(changes.get("email")).containsExactly("info@example.com", null);
    }

    @Test
    void anAmountIsTheSameAmountWhateverItsScale() {
        Facts stored = Facts.completeEnterprise();
        stored.registeredCapital = new BigDecimal("5000000.00");
        Facts typed = Facts.completeEnterprise();
        typed.registeredCapital = new BigDecimal("5000000");

        assertThat(FieldValues.differences(FieldValues.of(stored.build()), FieldValues.of(typed.build())))
                .as("5000000.00 from the database and 5000000 from a client are no change").isEmpty();
        assertThat(FieldValues.of(stored.build())).containsEntry("registeredCapital", "5000000");
    }

    @Test
    void aChangedAmountIsWrittenPlainly() {
        Facts after = Facts.completeEnterprise();
        after.registeredCapital = new BigDecimal("1E+7");

        Map<String, String[]> changes = FieldValues.differences(FieldValues.of(Facts.completeEnterprise().build()),
                FieldValues.of(after.build()));

        assertThat(changes.get("registeredCapital")).containsExactly("5000000", "10000000");
    }
}
