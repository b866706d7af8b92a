package com.logicrm.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.logicrm.shared.InvalidField;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The vectors collected from python-stdnum, hutool and util-helpers (see the README next to the file).
 * {@code expected} is the libraries' verdict, {@code gb32100_check} why a code fails, and
 * {@code gb11714_orgcode_check} the organisation-code check of characters 9–17.
 */
class CreditCodeVectorsTests {

    private static final String VECTORS = "/reference/uscc_test_vectors.csv";

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = VECTORS, numLinesToSkip = 1)
    void agreesWithTheVector(String code, String expected, String gb32100Check, String gb11714Check,
            String reason, String source, String licence) {
        switch (expected) {
            case "valid", "valid_after_compaction" -> {
                assertThat(CreditCode.isValid(code)).as(reason).isTrue();
                CreditCode parsed = CreditCode.parse("creditCode", code);
                assertThat(parsed.value()).isEqualTo(code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
                assertThat(parsed.organisationCodeValid()).isEqualTo("ok".equals(gb11714Check));
            }
            case "invalid" -> {
                assertThat(CreditCode.isValid(code)).as(reason).isFalse();
                assertThatThrownBy(() -> CreditCode.parse("creditCode", code))
                        .isInstanceOfSatisfying(InvalidField.class, problem ->
                                assertThat(problem.messageCode()).isEqualTo(messageCodeFor(gb32100Check)));
            }
            default -> fail("Unknown expectation " + expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = VECTORS, numLinesToSkip = 1)
    void everyVectorNamesItsSourceAndLicence(String code, String expected, String gb32100Check,
            String gb11714Check, String reason, String source, String licence) {
        assertThat(source).isNotBlank();
        assertThat(licence).isIn("LGPL-2.1-or-later", "Apache-2.0", "MIT");
    }

    @Test
    void theFileKeepsItsHeader() throws Exception {
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream(VECTORS));
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(lines.readLine())
                    .isEqualTo("code,expected,gb32100_check,gb11714_orgcode_check,reason,source,licence");
            assertThat(lines.lines().filter(line -> !line.isBlank()).count()).isEqualTo(199);
        }
    }

    private static String messageCodeFor(String gb32100Check) {
        return switch (gb32100Check) {
            case "invalid_length" -> "creditCode.length";
            case "invalid_charset" -> "creditCode.characters";
            case "invalid_checksum" -> "creditCode.checksum";
            default -> throw new IllegalArgumentException("Unknown check result " + gb32100Check);
        };
    }
}
