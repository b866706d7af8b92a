package com.logicrm.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @Test
    void exposesItsParts() {
        CreditCode code = CreditCode.parse("creditCode", "91110000710926094P");
        assertThat(code.value()).isEqualTo("91110000710926094P");
        assertThat(code.registrationAuthority()).isEqualTo("9");
        assertThat(code.entityType()).isEqualTo("1");
        assertThat(code.regionCode()).isEqualTo("110000");
        assertThat(code.organisationCode()).isEqualTo("710926094");
        assertThat(code.organisationCodeValid()).isTrue();
        assertThat(code).hasToString("91110000710926094P").isEqualTo(new CreditCode("91110000710926094P"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91110000710926094p",
            " 91110000710926094P ",
            "9111 0000 7109 2609 4P",
            "91-110000-710926094-P",
            "911100007109２６０９４Ｐ",
            "9111\u30000000710926094p",
    })
    void normalisesCaseSeparatorsAndFullWidthCharacters(String input) {
        assertThat(CreditCode.parse("creditCode", input).value()).isEqualTo("91110000710926094P");
        assertThat(CreditCode.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            // made up here; check characters computed independently of this class
            "91440300MA5DE0G14N, 9, 1, 440300, MA5DE0G14",
            "Y1440305MA5DE0G149, Y, 1, 440305, MA5DE0G14",
            "51110000MA5DE0G14T, 5, 1, 110000, MA5DE0G14",
            // real codes from the vectors: check characters 0 (31 → 0) and Y (the highest value)
            "911522010783762860, 9, 1, 152201, 078376286",
            "91152201078391769Y, 9, 1, 152201, 078391769",
    })
    void acceptsValidCodes(String input, String authority, String type, String region, String organisation) {
        CreditCode code = CreditCode.parse("creditCode", input);
        assertThat(code.registrationAuthority()).isEqualTo(authority);
        assertThat(code.entityType()).isEqualTo(type);
        assertThat(code.regionCode()).isEqualTo(region);
        assertThat(code.organisationCode()).isEqualTo(organisation);
    }

    @Test
    void theOrganisationCodeCheckIsOnlyAHint() {
        // accepted by the libraries the vectors come from (python-stdnum), fails GB 11714
        CreditCode code = CreditCode.parse("creditCode", "911101005JLR20JR60");
        assertThat(code.organisationCodeValid()).isFalse();
        assertThat(CreditCode.isValid("911101005JLR20JR60")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "91340600MA2PBM9HXD, true",   // organisation check character X (10)
            "91440300MA5DE0G14N, true",
            "91440300000000000E, true",   // Σ = 0, so 11 → 0
            "91440300000000001H, false",
            "91440300MA5DE0G15R, false",
    })
    void checksTheOrganisationCode(String input, boolean valid) {
        assertThat(CreditCode.parse("creditCode", input).organisationCodeValid()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "12345, creditCode.length, 5",
            "91110000710926094P1, creditCode.length, 19",
            "91350100M000100YIO, creditCode.characters, I",
            "9111000071092609SP, creditCode.characters, S",
            "9111000071O926094P, creditCode.characters, O",
            "91110000710926094Z, creditCode.characters, Z",
            "91110000710926094_, creditCode.characters, _",
    })
    void explainsWhatIsWrong(String input, String messageCode, String argument) {
        assertThatThrownBy(() -> CreditCode.parse("creditCode", input))
                .isInstanceOfSatisfying(InvalidField.class, problem -> {
                    assertThat(problem.field()).isEqualTo("creditCode");
                    assertThat(problem.messageCode()).isEqualTo(messageCode);
                    assertThat(problem.arguments()).extracting(String::valueOf).containsExactly(argument);
                });
        assertThat(CreditCode.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91110000710926094Q",   // last character changed
            "91110000710926049P",   // two characters swapped
            "91350211M00013FA1N",   // real early-pilot code that fails the check
            "A1110000600037341L",
    })
    void refusesAWrongCheckCharacter(String input) {
        assertThatThrownBy(() -> CreditCode.parse("creditCode", input))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("creditCode.checksum"));
    }

    @Test
    void theRegionPartMustBeDigits() {
        String first17 = "91A40300MA5DE0G14";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThatThrownBy(() -> CreditCode.parse("creditCode", code))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("creditCode.region"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " - "})
    void refusesBlankInput(String input) {
        assertThatThrownBy(() -> CreditCode.parse("creditCode", input))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("NotBlank"));
        assertThat(CreditCode.isValid(input)).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void theConstructorTakesOnlyNormalisedValidCodes() {
        assertThatThrownBy(() -> new CreditCode("91110000710926094p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditCode("91110000710926094Q")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
