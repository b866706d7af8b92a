package com.logicrm.shared.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobilePhoneTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "13812345678",
            " 138 1234 5678 ",
            "138-1234-5678",
            "+86 138 1234 5678",
            "+86-13812345678",
            "(+86) 138 1234 5678",
            "008613812345678",
            "0086 138 1234 5678",
            "8613812345678",
            "１３８１２３４５６７８",
    })
    void normalisesToElevenDigits(String input) {
        MobilePhone phone = MobilePhone.parse("mobile", input);
        assertThat(phone.value()).isEqualTo("13812345678");
        assertThat(MobilePhone.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15912345678", "16612345678", "17712345678", "18912345678", "19912345678"})
    void acceptsEveryPrefixFrom13To19(String input) {
        assertThat(MobilePhone.parse("mobile", input).value()).isEqualTo(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12812345678",      // 12 is not a mobile prefix
            "10012345678",
            "23812345678",
            "1381234567",       // 10 digits
            "138123456789",     // 12 digits
            "+85213812345678",  // not +86
            "86138123456",      // 86 and too few digits: not taken as a prefix
            "+86 010 12345678", // a landline
            "138 1234 567a",
            "138.1234.5678",
    })
    void refusesOtherNumbers(String input) {
        assertThatThrownBy(() -> MobilePhone.parse("mobile", input))
                .isInstanceOfSatisfying(InvalidField.class, problem -> {
                    assertThat(problem.field()).isEqualTo("mobile");
                    assertThat(problem.messageCode()).isEqualTo("mobilePhone.invalid");
                });
        assertThat(MobilePhone.isValid(input)).isFalse();
    }

    @Test
    void refusesBlankInput() {
        assertThatThrownBy(() -> MobilePhone.parse("mobile", " - "))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("NotBlank"));
        assertThat(MobilePhone.isValid(null)).isFalse();
    }

    @Test
    void masksTheMiddleFourDigits() {
        MobilePhone phone = MobilePhone.parse("mobile", "13812345678");
        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone).hasToString("138****5678");
    }

    @Test
    void theConstructorTakesOnlyElevenDigits() {
        assertThat(new MobilePhone("13812345678")).isEqualTo(MobilePhone.parse("mobile", "+86 138 1234 5678"));
        assertThatThrownBy(() -> new MobilePhone("+8613812345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MobilePhone(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
