package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTests {

    @Test
    void theCoreDropsPlaceAndOrganisationalEnding() {
        assertThat(NameSimilarity.core("上海恒通物流有限公司")).isEqualTo("恒通物流");
        assertThat(NameSimilarity.core("上海市恒通物流股份有限公司")).isEqualTo("恒通物流");
        assertThat(NameSimilarity.core("广东省深圳市恒通物流集团有限公司")).isEqualTo("恒通物流");
        assertThat(NameSimilarity.core("恒通物流（上海）有限公司")).isEqualTo("恒通物流");
        assertThat(NameSimilarity.core("恒通物流集团股份有限公司")).isEqualTo("恒通物流");
        assertThat(NameSimilarity.core("恒通市场服务有限公司")).isEqualTo("恒通市场服务");
        assertThat(NameSimilarity.core("Hengtong Logistics Co., Ltd.")).isEqualTo("hengtonglogistics");
    }

    @Test
    void aNameThatIsOnlyAPlaceKeepsIt() {
        assertThat(NameSimilarity.core("上海市公司")).isEqualTo("上海市");
        assertThat(NameSimilarity.core("   ")).isNull();
        assertThat(NameSimilarity.core(null)).isNull();
    }

    @Test
    void equalCoresAreNearlyIdentical() {
        assertThat(NameSimilarity.similarity("上海恒通物流有限公司", "恒通物流公司")).isEqualTo(1.0);
        assertThat(NameSimilarity.nearlyIdentical("苏州市恒通精密机械有限公司", "恒通精密机械股份有限公司")).isTrue();
    }

    @Test
    void oneCharacterDifferentInALongNameIsNearlyIdentical() {
        // 恒通精密机械 and 恒通精密机器 share 4 of 5 pairs: 0.8
        assertThat(NameSimilarity.similarity("恒通精密机械有限公司", "恒通精密机器有限公司")).isEqualTo(0.8);
        assertThat(NameSimilarity.nearlyIdentical("恒通精密机械有限公司", "恒通精密机器有限公司")).isTrue();
    }

    @Test
    void differentCompaniesInOneTradeAreNot() {
        assertThat(NameSimilarity.nearlyIdentical("上海恒通物流有限公司", "上海顺达物流有限公司")).isFalse();
        assertThat(NameSimilarity.nearlyIdentical("恒通物流有限公司", "恒通化工有限公司")).isFalse();
        assertThat(NameSimilarity.nearlyIdentical("恒通", "恒达")).isFalse();
    }

    @Test
    void probesSplitTheCorePairsInTwoHalves() {
        assertThat(NameSimilarity.probes("恒通精密机械")).hasSize(2)
                .allSatisfy(half -> assertThat(half).isNotEmpty());
        assertThat(NameSimilarity.probes("恒通")).containsExactly(java.util.Set.of("恒通"));
        assertThat(NameSimilarity.probes("恒")).isEmpty();
    }
}
