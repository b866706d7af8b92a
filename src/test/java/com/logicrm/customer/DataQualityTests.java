package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DataQualityTests {

    @Test
    void aWellDescribedEnterpriseHasNoFindings() {
        assertThat(DataQuality.findings(Facts.completeEnterprise().build())).isEmpty();
    }

    @Test
    void aBrandInsteadOfTheRegisteredNameIsFlagged() {
        Facts facts = Facts.completeEnterprise();
        facts.name = "顺丰";

        assertThat(DataQuality.findings(facts.build())).containsExactly("nameNotRegistered");
    }

    @Test
    void anEnterpriseWithoutCreditCodeIsFlagged() {
        Facts facts = Facts.completeEnterprise();
        facts.creditCode = null;

        assertThat(DataQuality.findings(facts.build())).containsExactly("creditCodeMissing");
    }

    @Test
    void aCreditCodeFromAnotherProvinceThanTheAddressIsFlagged() {
        Facts facts = Facts.completeEnterprise();
        facts.regionCode = "440305";

        assertThat(DataQuality.findings(facts.build())).containsExactly("creditCodeRegionMismatch");
    }

    @Test
    void aCreditCodeFromAnotherCountyOfTheSameProvinceIsFine() {
        Facts facts = Facts.completeEnterprise();
        facts.regionCode = "310104";

        assertThat(DataQuality.findings(facts.build())).isEmpty();
    }

    @Test
    void zeroCapitalOrAssetsAreFlagged() {
        Facts capital = Facts.completeEnterprise();
        capital.registeredCapital = BigDecimal.ZERO;
        Facts assets = Facts.completeEnterprise();
        assets.assets = new BigDecimal("0.00");

        assertThat(DataQuality.findings(capital.build())).containsExactly("zeroAmount");
        assertThat(DataQuality.findings(assets.build())).containsExactly("zeroAmount");
    }

    @Test
    void individualsNeedNeitherRegisteredNameNorCreditCode() {
        assertThat(DataQuality.findings(Facts.completeIndividual().build())).isEmpty();
    }

    @Test
    void severalFindingsAtOnce() {
        Facts facts = Facts.enterprise("恒通");
        facts.registeredCapital = BigDecimal.ZERO;

        assertThat(DataQuality.findings(facts.build()))
                .containsExactlyInAnyOrder("nameNotRegistered", "zeroAmount", "creditCodeMissing");
    }
}
