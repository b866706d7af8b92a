package com.logicrm.shared.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    @Test
    void parsesAKnownCode() {
        RegionCode code = RegionCode.parse("regionCode", " 440305 ");
        assertThat(code.value()).isEqualTo("440305");
        assertThat(code.region().name()).isEqualTo("南山区");
        assertThat(code.fullName()).isEqualTo("广东省深圳市南山区");
        assertThat(code).isEqualTo(new RegionCode("440305")).hasToString("440305");
    }

    @Test
    void acceptsFullWidthDigits() {
        assertThat(RegionCode.parse("regionCode", "１１０１０１").value()).isEqualTo("110101");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4403", "44030", "4403055", "44O305", "440 305", "abcdef"})
    void refusesWhatIsNotSixDigits(String input) {
        assertThatThrownBy(() -> RegionCode.parse("regionCode", input))
                .isInstanceOfSatisfying(InvalidField.class, problem -> {
                    assertThat(problem.field()).isEqualTo("regionCode");
                    assertThat(problem.messageCode()).isEqualTo("regionCode.format");
                });
        assertThat(RegionCode.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"440399", "000000", "371200", "999999"})
    void refusesUnknownCodes(String input) {
        assertThatThrownBy(() -> RegionCode.parse("regionCode", input))
                .isInstanceOfSatisfying(InvalidField.class, problem -> {
                    assertThat(problem.messageCode()).isEqualTo("regionCode.unknown");
                    assertThat(problem.arguments()).containsExactly(input);
                });
        assertThat(RegionCode.isValid(input)).isFalse();
        assertThatThrownBy(() -> new RegionCode(input)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBlankInput() {
        assertThatThrownBy(() -> RegionCode.parse("regionCode", "  "))
                .isInstanceOfSatisfying(InvalidField.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("NotBlank"));
        assertThat(RegionCode.isValid(null)).isFalse();
    }

    /**
     * Characters 3–8 of a credit code are the code of the registering authority's division. Every
     * valid code in the vectors resolves to a division in the catalogue, or at least to its province
     * (a division abolished since the code was issued).
     */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/reference/uscc_test_vectors.csv", numLinesToSkip = 1)
    void theRegionOfAValidCreditCodeIsKnown(String code, String expected) {
        if (!expected.startsWith("valid")) {
            return;
        }
        String region = code.replaceAll("[\\s-]", "").substring(2, 8);
        Regions regions = Regions.standard();
        assertThat(regions.find(region).or(() -> regions.find(region.substring(0, 2) + "0000")))
                .as("region %s of %s", region, code)
                .isPresent();
    }
}
