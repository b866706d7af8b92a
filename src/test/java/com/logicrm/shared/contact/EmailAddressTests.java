package com.logicrm.shared.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zhang.san@example.com        | zhang.san@example.com",
            "  zhang.san@example.com      | zhang.san@example.com",
            "Zhang.San@Example.COM        | Zhang.San@example.com",
            "li+crm@mail.example.com.cn   | li+crm@mail.example.com.cn",
            "wang_wu@sub-domain.example.cn| wang_wu@sub-domain.example.cn",
            "ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ     | zhang@example.com",
            "客服@例子.中国                  | 客服@例子.中国",
    })
    void normalisesTheDomainToLowerCase(String input, String expected) {
        assertThat(EmailAddress.parse("email", input).value()).isEqualTo(expected);
        assertThat(EmailAddress.isValid(input)).isTrue();
    }

    @Test
    void exposesItsParts() {
        EmailAddress address = EmailAddress.parse("email", "Zhang.San@Example.com");
        assertThat(address.localPart()).isEqualTo("Zhang.San");
        assertThat(address.domain()).isEqualTo("example.com");
        assertThat(address.masked()).isEqualTo("Z***@example.com");
        assertThat(address).hasToString("Z***@example.com");
        assertThat(address).isEqualTo(new EmailAddress("Zhang.San@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "zhang.san",
            "zhang.san@",
            "@example.com",
            "zhang@san@example.com",
            "zhang san@example.com",
            "zhang@exam ple.com",
            "zhang@localhost",
            "zhang@example.",
            "zhang@.example.com",
            "zhang@example..com",
            "zhang@-example.com",
            "zhang@example-.com",
            "zhang@example.c",
            ".zhang@example.com",
            "zhang.@example.com",
            "zhang..san@example.com",
            "张三 <zhang@example.com>",
            "zhang@example.com;li@example.com",
            "zhang@example.com,",
    })
    void refusesWhatIsNotAnAddress(String input) {
        assertThatThrownBy(() -> EmailAddress.parse("email", input))
                .isInstanceOfSatisfying(InvalidField.class, problem -> {
                    assertThat(problem.field()).isEqualTo("email");
                    assertThat(problem.messageCode()).isEqualTo("emailAddress.invalid");
                });
        assertThat(EmailAddress.isValid(input)).isFalse();
    }

    @Test
    void limitsTheLength() {
        String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(6);
        String longest = "a".repeat(64) + "@" + domain;
        assertThat(longest).hasSize(254);
        assertThat(EmailAddress.isValid(longest)).isTrue();
        assertThatThrownBy(() -> EmailAddress.parse("email", "a" + longest))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("emailAddress.length"));
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.com")).as("local part over 64").isFalse();
    }

    @Test
    void refusesBlankInput() {
        assertThatThrownBy(() -> EmailAddress.parse("email", "   "))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("NotBlank"));
        assertThat(EmailAddress.isValid(null)).isFalse();
    }

    @Test
    void theConstructorTakesOnlyTheNormalForm() {
        assertThatThrownBy(() -> new EmailAddress("zhang@Example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress("zhang")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
