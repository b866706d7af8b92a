package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.logicrm.shared.DomainProblem;
import com.logicrm.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy(8);

    @ParameterizedTest
    @ValueSource(strings = {"abcdefg1", "Secret123", "1234567a", "logicrm2026", "物流客户信息系统2026"})
    void lettersAndDigitsOfTheMinimumLengthAreAccepted(String password) {
        assertThatCode(() -> policy.check("password", password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abcdef1", "abcdefgh", "12345678", "!!!!!!!!", "        ", "abc 123"})
    void shortPasswordsAndPasswordsWithoutLettersOrDigitsAreRefused(String password) {
        InvalidField problem = catchThrowableOfType(InvalidField.class, () -> policy.check("password", password));

        assertThat(problem).as("refused: %s", password).isNotNull();
        assertThat(problem.field()).isEqualTo("password");
        assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
        assertThat(problem.messageCode()).isEqualTo("password.weak");
        assertThat(problem.arguments()).containsExactly(8);
    }

    @Test
    void theProblemNamesTheFieldItIsAbout() {
        InvalidField problem = catchThrowableOfType(InvalidField.class,
                () -> policy.check("newPassword", "short1"));

        assertThat(problem.field()).isEqualTo("newPassword");
    }

    @Test
    void aLongerMinimumCanBeConfigured() {
        PasswordPolicy strict = new PasswordPolicy(12);

        assertThat(strict.minLength()).isEqualTo(12);
        assertThatCode(() -> strict.check("password", "abcdefghij12")).doesNotThrowAnyException();
        InvalidField problem = catchThrowableOfType(InvalidField.class,
                () -> strict.check("password", "abcdefghi12"));
        assertThat(problem.arguments()).containsExactly(12);
    }

    @Test
    void theMinimumNeverDropsBelowEight() {
        assertThat(new PasswordPolicy(0).minLength()).isEqualTo(8);
        assertThat(new PasswordPolicy(4).minLength()).isEqualTo(8);
        assertThat(new PasswordPolicy(-1).minLength()).isEqualTo(8);
        assertThat(catchThrowableOfType(InvalidField.class, () -> new PasswordPolicy(4).check("password", "abc12")))
                .isNotNull();
    }

    @Test
    void theMessageForRefusedPasswordsExistsInBothLanguages() throws Exception {
        for (String file : new String[] {"/messages/access.properties", "/messages/access_en.properties"}) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = PasswordPolicyTests.class.getResourceAsStream(file)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(messages.getProperty("password.weak")).as(file).isNotBlank().contains("{0}");
        }
    }
}
