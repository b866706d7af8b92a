package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerCursorTests {

    @Test
    void theSortsByIdHandOutTheIdSoOldCursorsStillWork() {
        assertThat(new CustomerCursor(CustomerSort.NEWEST, null, 4711).encoded()).isEqualTo("4711");
        assertThat(CustomerCursor.parse(CustomerSort.NEWEST, " 4711 ")).isEqualTo(
                new CustomerCursor(CustomerSort.NEWEST, null, 4711));
        assertThat(CustomerCursor.parse(CustomerSort.OLDEST, "12").id()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海恒通物流有限公司", "name\nwith a line break", "A&B <Co>", ""})
    void aNameCursorComesBackAsItWentOut(String name) {
        CustomerCursor cursor = new CustomerCursor(CustomerSort.NAME, name, 99);

        String encoded = cursor.encoded();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(CustomerCursor.parse(CustomerSort.NAME, encoded)).isEqualTo(cursor);
    }

    @Test
    void aCompletenessCursorCarriesANumber() {
        CustomerCursor cursor = new CustomerCursor(CustomerSort.COMPLETENESS, "43", 306);

        CustomerCursor parsed = CustomerCursor.parse(CustomerSort.COMPLETENESS, cursor.encoded());

        assertThat(parsed).isEqualTo(cursor);
        assertThat(parsed.keyParameter()).isEqualTo(43);
    }

    @Test
    void aCursorOfAnotherSortOrMadeUpIsRefusedNamingTheCursor() {
        String byName = new CustomerCursor(CustomerSort.NAME, "恒通", 5).encoded();

        for (String forged : new String[] {byName, "bm90IGEgY3Vyc29y", "%%%", "Y29tcGxldGVuZXNzCjEKYWJj"}) {
            assertThatThrownBy(() -> CustomerCursor.parse(CustomerSort.COMPLETENESS, forged))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("cursor"));
        }
        assertThatThrownBy(() -> CustomerCursor.parse(CustomerSort.NEWEST, byName)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> CustomerCursor.parse(CustomerSort.NAME, "A".repeat(2000)))
                .isInstanceOf(InvalidField.class);
    }
}
