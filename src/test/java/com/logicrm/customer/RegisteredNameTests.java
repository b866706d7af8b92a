package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegisteredNameTests {

    @ParameterizedTest
    @ValueSource(strings = {"顺丰速运有限公司", "上海恒通精密机械股份有限公司", "深圳市华鑫电子科技有限责任公司",
            "中国远洋海运集团", "义乌市红星塑料厂", "北京市金杜律师事务所", "寿光市蔬菜种植专业合作社",
            "上海恒通物流有限公司（浦东分公司）", " 宁波海联进出口有限公司 ", "Acme Trading Co., Ltd.",
            "Global Freight Limited", "Maersk Inc."})
    void namesWithAnOrganisationalEndingLookComplete(String name) {
        assertThat(RegisteredName.looksComplete(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"顺丰", "阿里巴巴", "京东物流", "德邦快递", "Acme"})
    void brandsAndShortNamesDoNot(String name) {
        assertThat(RegisteredName.looksComplete(name)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noNameIsNotAFullName(String name) {
        assertThat(RegisteredName.looksComplete(name)).isFalse();
    }
}
