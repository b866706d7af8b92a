package com.logicrm.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number here is either the standard's own sample (11010519491231002X) or made up for the
 * test, with the check character computed from GB 11643 by hand (see {@link #withCheck}).
 */
class ResidentIdTests {

    /** 2026-06-15 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void theStandardsSampleIsValid() {
        ResidentId id = ResidentId.parse("idNumber", "11010519491231002X", CLOCK);
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse();
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(ResidentId.isValid("11010519491231002X")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "44030519900101123X, 1990-01-01, true",
            "440305199001011248, 1990-01-01, false",
            "110101190001010014, 1900-01-01, true",    // the earliest date allowed
            "440305200002290029, 2000-02-29, false",   // leap day
            "310115198512318880, 1985-12-31, false",   // check character 0
            "110101196912310111, 1969-12-31, true",
            "110101202606150031, 2026-06-15, true",    // born today
    })
    void acceptsValidNumbers(String input, LocalDate birthDate, boolean male) {
        ResidentId id = ResidentId.parse("idNumber", input, CLOCK);
        assertThat(id.value()).isEqualTo(input);
        assertThat(id.birthDate()).isEqualTo(birthDate);
        assertThat(id.male()).isEqualTo(male);
        assertThat(id.regionCode()).isEqualTo(input.substring(0, 6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002x", "110105 19491231 002X", "110105-19491231-002x", "１１０１０５１９４９１２３１００２ｘ"})
    void normalisesInput(String input) {
        assertThat(ResidentId.parse("idNumber", input, CLOCK).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void masksAllButTheFirstSixAndTheLastFour() {
        ResidentId id = ResidentId.parse("idNumber", "44030519900101123X", CLOCK);
        assertThat(id.masked()).isEqualTo("440305********123X").hasSize(18);
        assertThat(id).hasToString("440305********123X");
    }

    @ParameterizedTest
    @CsvSource({
            "1101051949123100, residentId.length",
            "110105491231002, residentId.length",         // a first-generation 15-digit number
            "11010519491231002X1, residentId.length",
            "X1010519491231002X, residentId.characters",
            "1101051949123100X2, residentId.characters",
            "11010519491231002Y, residentId.characters",
            "110105194912320025, residentId.birthDate",  // 31 December is the last
            "110105202302300024, residentId.birthDate",  // no 30 February
            "110105190002290025, residentId.birthDate",  // 1900 was not a leap year
            "110105000000000020, residentId.birthDate",
            "110105189912310023, residentId.birthDateRange",
            "110105202606160024, residentId.birthDateRange",  // tomorrow
            "110105209912310029, residentId.birthDateRange",
            "110105194912310021, residentId.checksum",
            "110105194912310020, residentId.checksum",
            "11010519491231003X, residentId.checksum",
    })
    void explainsWhatIsWrong(String input, String messageCode) {
        assertThatThrownBy(() -> ResidentId.parse("idNumber", input, CLOCK))
                .isInstanceOfSatisfying(InvalidField.class, problem -> {
                    assertThat(problem.field()).isEqualTo("idNumber");
                    assertThat(problem.messageCode()).isEqualTo(messageCode);
                    assertThat(problem.getMessage()).doesNotContain(input);
                });
    }

    @Test
    void theLengthProblemSaysHowLongTheInputWas() {
        assertThatThrownBy(() -> ResidentId.parse("idNumber", "110105491231002", CLOCK))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.arguments()).containsExactly(15));
    }

    @Test
    void everyDigitIsCoveredByTheCheck() {
        String valid = "11010519491231002X";
        for (int position = 0; position < 17; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(ResidentId.isValid(changed)).as(changed).isFalse();
            }
        }
    }

    @Test
    void theCheckCharacterFollowsTheStandard() {
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("44030519900101124")).isEqualTo('8');
        assertThat(ResidentId.checkCharacter("31011519851231888")).isEqualTo('0');
        for (String first17 : new String[] {"11010519491231002", "44030519900101124", "31011519851231888"}) {
            assertThat(ResidentId.checkCharacter(first17)).isEqualTo(withCheck(first17).charAt(17));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-"})
    void refusesBlankInput(String input) {
        assertThatThrownBy(() -> ResidentId.parse("idNumber", input, CLOCK))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("NotBlank"));
        assertThat(ResidentId.isValid(input)).isFalse();
        assertThat(ResidentId.isValid(null)).isFalse();
    }

    @Test
    void theConstructorTakesOnlyNormalisedValidNumbers() {
        assertThat(new ResidentId("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThatThrownBy(() -> new ResidentId("11010519491231002x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResidentId("110105194912310021")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResidentId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** GB 11643 written out once more, independently of the class: Σ aᵢ·(2^(18−i) mod 11). */
    private static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (int) (Math.pow(2, 17 - i) % 11);
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : String.valueOf(check));
    }
}
