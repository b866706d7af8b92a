package com.logicrm.customer;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** One contact as the caller may see it: mobile, phone and e-mail masked without {@code customer:pii}. */
public record ContactView(long id, long customerId, @JsonUnwrapped ContactDetails details, boolean active,
        Instant createdAt, Instant updatedAt, int version) {

    ContactView masked() {
        ContactDetails d = details;
        return new ContactView(id, customerId, d.withPhones(Masking.mobile(d.mobile()), Masking.landline(d.phone()),
                Masking.email(d.email())), active, createdAt, updatedAt, version);
    }
}
