package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactMaskingTests {

    @Test
    void maskedValuesSentBackKeepWhatIsStored() {
        ContactDetails stored = contact("13912345678", "021-62345678", "sima@example.com");
        ContactDetails masked = view(stored).masked().details();
        assertThat(masked.mobile()).isEqualTo("139****5678");
        assertThat(masked.email()).isEqualTo("s***@example.com");

        ContactDetails back = CustomerContacts.unmasked(masked, stored);
        assertThat(back.mobile()).isEqualTo("13912345678");
        assertThat(back.phone()).isEqualTo("021-62345678");
        assertThat(back.email()).isEqualTo("sima@example.com");

        ContactDetails changed = CustomerContacts.unmasked(contact("13800001111", null, "new@example.com"), stored);
        assertThat(changed.mobile()).isEqualTo("13800001111");
        assertThat(changed.phone()).isNull();
        assertThat(changed.email()).isEqualTo("new@example.com");
    }

    private static ContactView view(ContactDetails details) {
        return new ContactView(1, 1, details, true, null, null, 0);
    }

    private static ContactDetails contact(String mobile, String phone, String email) {
        return new ContactDetails("司马翀", null, null, false, null, mobile, phone, email, null, null, null, null, null,
                null, null, null, null, null, null, false);
    }
}
