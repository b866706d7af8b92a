package com.logicrm.shared.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LandlineTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "010-12345678           | 010-12345678",
            "01012345678            | 010-12345678",
            "(010)12345678          | 010-12345678",
            "(010) 1234 5678        | 010-12345678",
            "（010）1234-5678         | 010-12345678",
            "010 1234 5678          | 010-12345678",
            "+86 10 12345678        | 010-12345678",
            "0086-10-12345678       | 010-12345678",
            "021-87654321           | 021-87654321",
            "0755-1234567           | 0755-1234567",
            "0755 12345678          | 0755-12345678",
            "075512345678           | 0755-12345678",
            "0755-1234567-801       | 0755-1234567-801",
            "0755-1234-5678-801     | 0755-12345678-801",
            "0755 1234567 转 801     | 0755-1234567-801",
            "0755-1234567转801       | 0755-1234567-801",
            "(0991) 2345678 转 12    | 0991-2345678-12",
            "010-12345678-123456    | 010-12345678-123456",
    })
    void normalises(String input, String expected) {
        assertThat(Landline.parse("phone", input).value()).isEqualTo(expected);
        assertThat(Landline.isValid(input)).isTrue();
    }

    @Test
    void exposesItsParts() {
        Landline withExtension = Landline.parse("phone", "0755-1234567-801");
        assertThat(withExtension.areaCode()).isEqualTo("0755");
        assertThat(withExtension.number()).isEqualTo("1234567");
        assertThat(withExtension.extension()).contains("801");

        Landline plain = Landline.parse("phone", "010 1234 5678");
        assertThat(plain.areaCode()).isEqualTo("010");
        assertThat(plain.number()).isEqualTo("12345678");
        assertThat(plain.extension()).isEmpty();
        assertThat(plain).hasToString("010-12345678").isEqualTo(new Landline("010-12345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12345678",            // no area code
            "13812345678",         // a mobile number
            "010-123456",          // local number too short
            "010-123456789",       // too long, and not split off as an extension
            "0101234567890",       // too long, no separator for an extension
            "010-02345678",        // local numbers never start with 0
            "010-12345678-1234567",// extension of 7 digits
            "011-12345678",        // 011 is not an area code
            "0755-1234567 转",
            "0755-1234567 转 abc",
            "0755-123456a",
            "+852 2345 6789",
    })
    void refusesWhatIsNotALandline(String input) {
        assertThatThrownBy(() -> Landline.parse("phone", input))
                .isInstanceOfSatisfying(InvalidField.class, problem -> {
                    assertThat(problem.field()).isEqualTo("phone");
                    assertThat(problem.messageCode()).isEqualTo("landline.invalid");
                });
        assertThat(Landline.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "()", " - "})
    void refusesBlankInput(String input) {
        assertThatThrownBy(() -> Landline.parse("phone", input))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("NotBlank"));
        assertThat(Landline.isValid(null)).isFalse();
    }

    @Test
    void theConstructorTakesOnlyTheNormalForm() {
        assertThatThrownBy(() -> new Landline("01012345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Landline("(010)12345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Landline(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
