package com.logicrm.access;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is unknown, expired or revoked. The reason is a message key. */
class TokenRejected extends AuthenticationException {

    private final String messageCode;

    TokenRejected(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    String messageCode() {
        return messageCode;
    }
}
