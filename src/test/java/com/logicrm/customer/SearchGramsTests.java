package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchGramsTests {

    // ---- the terms of a stored name ----

    @Test
    void aChineseNameGivesEveryCharacterAndEveryNeighbouringPair() {
        assertThat(SearchGrams.of("顺丰速运")).containsExactlyInAnyOrder(
                "顺", "丰", "速", "运", "顺丰", "丰速", "速运");
    }

    @Test
    void latinLettersAndDigitsGivePairsInLowerCase() {
        assertThat(SearchGrams.of("DHL 2024")).containsExactlyInAnyOrder("dh", "hl", "20", "02", "24");
    }

    @Test
    void pairsNeverCrossFromOneScriptToAnother() {
        assertThat(SearchGrams.of("ABC物流")).containsExactlyInAnyOrder("ab", "bc", "物", "流", "物流")
                .doesNotContain("c物");
        assertThat(SearchGrams.of("中远-海运")).containsExactlyInAnyOrder("中", "远", "海", "运", "中远", "海运")
                .as("punctuation separates runs").doesNotContain("远海");
    }

    @Test
    void nameAndShortNameTogetherAndNullsIgnored() {
        assertThat(SearchGrams.of("京东物流", null, "京东")).containsExactlyInAnyOrder(
                "京", "东", "物", "流", "京东", "东物", "物流");
        assertThat(SearchGrams.of((String) null)).isEmpty();
    }

    // ---- the terms of a query ----

    @Test
    void aOneCharacterChineseQueryIsItsOwnTerm() {
        assertThat(SearchGrams.ofQuery("顺")).containsExactly("顺");
    }

    @Test
    void aTwoCharacterChineseQueryIsItsPair() {
        assertThat(SearchGrams.ofQuery("顺丰")).containsExactly("顺丰");
    }

    @Test
    void aLongerChineseQueryNeedsAllItsPairs() {
        assertThat(SearchGrams.ofQuery("中远海运")).containsExactly("中远", "远海", "海运");
    }

    @Test
    void aOneCharacterLatinQueryNarrowsNothing() {
        assertThat(SearchGrams.ofQuery("a")).isEmpty();
        assertThat(SearchGrams.ofQuery("7")).isEmpty();
        assertThat(SearchGrams.ofQuery("")).isEmpty();
        assertThat(SearchGrams.ofQuery(null)).isEmpty();
    }

    @Test
    void aLatinQueryIsLowerCasedPairs() {
        assertThat(SearchGrams.ofQuery("DHL")).containsExactly("dh", "hl");
    }

    @Test
    void everyTermOfAFragmentIsATermOfTheNameItComesFrom() {
        String name = "上海恒通精密机械有限公司 ABC Logistics";
        for (String fragment : new String[] {"恒", "恒通", "精密机械", "有限公司", "abc", "logi", "通精"}) {
            assertThat(SearchGrams.of(name)).as(fragment).containsAll(SearchGrams.ofQuery(fragment));
        }
    }
}
