package com.logicrm.access;

import com.logicrm.shared.InvalidField;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** A password must be at least {@code minLength} long and mix letters and digits. */
@ConfigurationProperties("logicrm.security.password")
record PasswordPolicy(int minLength) {

    PasswordPolicy {
        if (minLength < 8) {
            minLength = 8;
        }
    }

    void check(String field, String password) {
        boolean letters = password != null && password.chars().anyMatch(Character::isLetter);
        boolean digits = password != null && password.chars().anyMatch(Character::isDigit);
        if (password == null || password.length() < minLength || !letters || !digits) {
            throw new InvalidField(field, "password.weak", minLength);
        }
    }
}
