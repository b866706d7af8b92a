package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void aMobileKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void anIdNumberKeepsRegionAndLastFour() {
        assertThat(Masking.residentId("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void anEmailKeepsItsFirstLetterAndDomain() {
        assertThat(Masking.email("zhang.wei@example.com")).isEqualTo("z***@example.com");
    }

    @Test
    void aLandlineKeepsItsAreaCodeAndLastTwoDigits() {
        assertThat(Masking.landline("021-12345678")).isEqualTo("021-****78");
        assertThat(Masking.landline("0755-1234567-801")).isEqualTo("0755-****01");
    }

    @Test
    void nothingStaysNothingAndOddValuesAreFullyHidden() {
        assertThat(Masking.mobile(null)).isNull();
        assertThat(Masking.residentId(null)).isNull();
        assertThat(Masking.email(null)).isNull();
        assertThat(Masking.landline(null)).isNull();
        assertThat(Masking.mobile("12345")).isEqualTo("*****");
        assertThat(Masking.email("no-at-sign")).isEqualTo("**********");
    }

    @Test
    void maskedFactsHideTheMobileAndAnIndividualsPersonalData() {
        CustomerFacts person = Facts.individual("王建华", "11010519491231002X", "13812345678")
                .withPhoneAndEmail("021-12345678", "wang@example.com");
        CustomerFacts masked = CustomerVisibility.masked(person);

        assertThat(masked.mobile()).isEqualTo("138****5678");
        assertThat(masked.residentId()).isEqualTo("110105********002X");
        assertThat(masked.phone()).isEqualTo("021-****78");
        assertThat(masked.email()).isEqualTo("w***@example.com");
        assertThat(masked.name()).isEqualTo("王建华");
    }

    @Test
    void anEnterprisesSwitchboardAndEmailAreNotPersonal() {
        CustomerFacts company = Facts.enterprise("上海恒通精密机械有限公司")
                .withPhoneAndEmail("021-12345678", "info@example.com");
        CustomerFacts masked = CustomerVisibility.masked(company);

        assertThat(masked.phone()).isEqualTo("021-12345678");
        assertThat(masked.email()).isEqualTo("info@example.com");
    }
}
