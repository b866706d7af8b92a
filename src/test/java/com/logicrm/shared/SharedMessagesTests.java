package com.logicrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared message files: the same keys in Chinese and English, and usable with their arguments. */
class SharedMessagesTests {

    private static final Properties CHINESE = load("/messages/shared.properties");
    private static final Properties ENGLISH = load("/messages/shared_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ENGLISH.stringPropertyNames()).isEqualTo(CHINESE.stringPropertyNames());
    }

    /** Every message code the value types of the shared kernel can throw. */
    @ParameterizedTest
    @ValueSource(strings = {
            "NotBlank",
            "creditCode.length", "creditCode.characters", "creditCode.region", "creditCode.checksum",
            "residentId.length", "residentId.characters", "residentId.birthDate", "residentId.birthDateRange",
            "residentId.checksum",
            "mobilePhone.invalid", "landline.invalid", "emailAddress.invalid", "emailAddress.length",
            "regionCode.format", "regionCode.unknown",
    })
    void valueTypeMessagesExistInBothLanguagesAndFormat(String key) {
        for (Properties messages : new Properties[] {CHINESE, ENGLISH}) {
            String pattern = messages.getProperty(key);
            assertThat(pattern).as(key).isNotBlank();
            // Spring formats messages that have arguments with MessageFormat; a stray quote would eat text
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"ARG"});
            assertThat(formatted).as(key).doesNotContain("{0}");
            assertThat(formatted.contains("ARG")).as(key).isEqualTo(pattern.contains("{0}"));
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (var in = Objects.requireNonNull(SharedMessagesTests.class.getResourceAsStream(resource), resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
