package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.CreditCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CreditCode#isValid} against published test vectors: real codes found online and known bad
 * ones, collected from other validators' test suites (see {@code reference/README.md}).
 */
class CreditCodeVectorsTests {

    static final String VECTORS = "/reference/uscc_test_vectors.csv";

    record Vector(String code, String expected, String reason) {

        boolean valid() {
            return !expected.equals("invalid");
        }
    }

    static List<Vector> vectors() throws IOException {
        try (InputStream in = CreditCodeVectorsTests.class.getResourceAsStream(VECTORS)) {
            assertThat(in).as(VECTORS).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines()
                    .toList();
            assertThat(lines.get(0)).startsWith("code,expected,");
            return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] columns = line.split(",", 3);
                return new Vector(columns[0], columns[1], columns[2]);
            }).toList();
        }
    }

    static Stream<Arguments> rows() throws IOException {
        return vectors().stream().map(vector -> Arguments.of(vector.code(), vector.expected(), vector));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("rows")
    void isValidAgreesWithTheExpectedColumn(String code, String expected, Vector vector) {
        assertThat(CreditCode.isValid(code)).as(vector.reason()).isEqualTo(vector.valid());
    }

    @Test
    void theVectorsHoldBothValidAndInvalidCodes() throws IOException {
        List<Vector> vectors = vectors();

        assertThat(vectors).hasSize(199);
        assertThat(vectors).extracting(Vector::expected).isSubsetOf("valid", "invalid", "valid_after_compaction");
        assertThat(vectors).filteredOn(v -> !v.valid()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyValidCodeCompletesItsFirstSeventeenCharacters() throws IOException {
        assertThat(vectors()).filteredOn(Vector::valid)
                .allMatch(v -> CreditCode.checkCharacter(v.code().substring(0, 17)) == v.code().charAt(17));
    }
}
